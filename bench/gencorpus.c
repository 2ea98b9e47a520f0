/*
 * gencorpus.c - the benchmark's input: a deterministic stream of synthetic
 * wire-news articles about international relations, as JSON Lines.
 *
 *   gencorpus [--mb N] [--seed N] [-o PATH]
 *
 * Writes articles ({"id", "date", "title", "text"}, one per line) until
 * the output holds at least N megabytes (10^6 bytes; default 8) to PATH
 * (default standard output).  The same seed gives the same bytes on every
 * machine: the generator uses its own PRNG (splitmix64), never libc's.
 *
 * Each article has 5-25 sentences of 12-40 words.  About four in five
 * sentences carry a political event: actors from the tables below (states,
 * capitals, demonyms with role words, leaders with their titles, non-state
 * groups), a verb phrase of some CAMEO kind, a modality (asserted,
 * planned, conditional, negated, speculative), often a date expression,
 * reported speech, quotes, numbers and abbreviations.  The rest are filler
 * about the economy, weather and culture, which the coder must read and
 * reject.  All text is synthetic and written for this file; the events it
 * describes never happened.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define SENT_MIN_WORDS 12
#define SENT_MAX_WORDS 40
#define ART_MIN_SENTS 5
#define ART_MAX_SENTS 25

/* ---- PRNG: splitmix64 ------------------------------------------------- */

static uint64_t rng_state;

static uint64_t rng_next(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n); the modulo bias is far below what matters here. */
static unsigned rnd(unsigned n)
{
	return n ? (unsigned)(rng_next() % n) : 0;
}

/* True with probability pct/100. */
static int chance(unsigned pct)
{
	return rnd(100) < pct;
}

#define PICK(a) ((a)[rnd(N_OF(a))])

/* ---- a growable string ---------------------------------------------- */

struct sb {
	char *data;
	size_t len, cap;
};

static void sb_grow(struct sb *b, size_t extra)
{
	size_t want = b->len + extra + 1;
	char *p;

	if (want <= b->cap)
		return;
	if (want < b->cap * 2)
		want = b->cap * 2;
	if (want < 256)
		want = 256;
	p = realloc(b->data, want);
	if (!p) {
		fputs("gencorpus: out of memory\n", stderr);
		exit(1);
	}
	b->data = p;
	b->cap = want;
}

static void sb_addn(struct sb *b, const char *s, size_t n)
{
	sb_grow(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void sb_add(struct sb *b, const char *s)
{
	sb_addn(b, s, strlen(s));
}

static void sb_addf(struct sb *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sb_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static void sb_reset(struct sb *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* ---- the world ------------------------------------------------------- */

/* name: as a noun phrase; alt: another name for the state (or NULL);
 * adj: the demonym used before nouns; region: a place inside it. */
struct state {
	const char *name, *alt, *capital, *adj, *region;
};

static const struct state states[] = {
	{ "the United States", "the U.S.", "Washington", "U.S.", "Texas" },
	{ "Russia", "the Russian Federation", "Moscow", "Russian", "the Kursk region" },
	{ "China", "the People's Republic of China", "Beijing", "Chinese", "Xinjiang" },
	{ "North Korea", "the DPRK", "Pyongyang", "North Korean", "the border city of Sinuiju" },
	{ "South Korea", "the Republic of Korea", "Seoul", "South Korean", "the port city of Busan" },
	{ "Japan", NULL, "Tokyo", "Japanese", "Okinawa" },
	{ "Ukraine", NULL, "Kyiv", "Ukrainian", "the Kharkiv region" },
	{ "Iran", "the Islamic Republic", "Tehran", "Iranian", "the southern province of Hormozgan" },
	{ "Israel", NULL, "Jerusalem", "Israeli", "the Negev desert" },
	{ "France", NULL, "Paris", "French", "Marseille" },
	{ "Germany", NULL, "Berlin", "German", "Bavaria" },
	{ "Britain", "the United Kingdom", "London", "British", "Scotland" },
	{ "India", NULL, "New Delhi", "Indian", "Kashmir" },
	{ "Pakistan", NULL, "Islamabad", "Pakistani", "Balochistan" },
	{ "Turkey", NULL, "Ankara", "Turkish", "the southeast" },
	{ "Egypt", NULL, "Cairo", "Egyptian", "the Sinai peninsula" },
	{ "Saudi Arabia", NULL, "Riyadh", "Saudi", "the Eastern Province" },
	{ "Syria", NULL, "Damascus", "Syrian", "Idlib province" },
	{ "Iraq", NULL, "Baghdad", "Iraqi", "the Kurdistan region" },
	{ "Afghanistan", NULL, "Kabul", "Afghan", "Helmand province" },
	{ "Belarus", NULL, "Minsk", "Belarusian", "the Brest region" },
	{ "Poland", NULL, "Warsaw", "Polish", "the city of Rzeszow" },
	{ "Taiwan", NULL, "Taipei", "Taiwanese", "the Kinmen islands" },
	{ "Mongolia", NULL, "Ulaanbaatar", "Mongolian", "the Gobi desert" },
	{ "Vietnam", NULL, "Hanoi", "Vietnamese", "Ho Chi Minh City" },
	{ "the Philippines", NULL, "Manila", "Philippine", "the island of Mindanao" },
	{ "Indonesia", NULL, "Jakarta", "Indonesian", "Papua" },
	{ "Nigeria", NULL, "Abuja", "Nigerian", "Borno state" },
	{ "Ethiopia", NULL, "Addis Ababa", "Ethiopian", "the Tigray region" },
	{ "Sudan", NULL, "Khartoum", "Sudanese", "Darfur" },
	{ "Kenya", NULL, "Nairobi", "Kenyan", "the coastal city of Mombasa" },
	{ "South Africa", NULL, "Pretoria", "South African", "the Western Cape" },
	{ "Venezuela", NULL, "Caracas", "Venezuelan", "the state of Zulia" },
	{ "Cuba", NULL, "Havana", "Cuban", "Santiago de Cuba" },
	{ "Brazil", NULL, "Brasilia", "Brazilian", "the Amazon" },
	{ "Mexico", NULL, "Mexico City", "Mexican", "the state of Sinaloa" },
	{ "Canada", NULL, "Ottawa", "Canadian", "Alberta" },
	{ "Australia", NULL, "Canberra", "Australian", "Queensland" },
	{ "Georgia", NULL, "Tbilisi", "Georgian", "Abkhazia" },
	{ "Armenia", NULL, "Yerevan", "Armenian", "the Syunik province" },
	{ "Azerbaijan", NULL, "Baku", "Azerbaijani", "Nakhchivan" },
	{ "Serbia", NULL, "Belgrade", "Serbian", "the north of Kosovo" },
	{ "Qatar", NULL, "Doha", "Qatari", "Lusail" },
	{ "Lebanon", NULL, "Beirut", "Lebanese", "the Bekaa valley" },
	{ "Jordan", NULL, "Amman", "Jordanian", "the Jordan valley" },
};

/* A person: the state they serve (by name in states[]), title, full
 * name, the surname the press uses after the first mention, and 'm' or
 * 'f' for the honorific. */
struct person {
	const char *state, *title, *name, *surname;
	char sex;
};

static const struct person people[] = {
	{ "the United States", "President", "Donald Trump", "Trump", 'm' },
	{ "the United States", "Secretary of State", "Marco Rubio", "Rubio", 'm' },
	{ "the United States", "Ambassador", "Harold Whitcombe", "Whitcombe", 'm' },
	{ "Russia", "President", "Vladimir Putin", "Putin", 'm' },
	{ "Russia", "Foreign Minister", "Sergey Lavrov", "Lavrov", 'm' },
	{ "Russia", "Gen.", "Arkady Voronin", "Voronin", 'm' },
	{ "China", "President", "Xi Jinping", "Xi", 'm' },
	{ "China", "Foreign Minister", "Wang Yi", "Wang", 'm' },
	{ "North Korea", "leader", "Kim Jong-un", "Kim", 'm' },
	{ "North Korea", "Foreign Minister", "Choe Son-hui", "Choe", 'f' },
	{ "South Korea", "President", "Lee Jae-myung", "Lee", 'm' },
	{ "South Korea", "Unification Minister", "Chung Dong-young", "Chung", 'm' },
	{ "Japan", "Prime Minister", "Haruto Kiyosawa", "Kiyosawa", 'm' },
	{ "Ukraine", "President", "Volodymyr Zelensky", "Zelensky", 'm' },
	{ "Ukraine", "Foreign Minister", "Andrii Sybiha", "Sybiha", 'm' },
	{ "Iran", "Foreign Minister", "Abbas Araghchi", "Araghchi", 'm' },
	{ "Israel", "Prime Minister", "Benjamin Netanyahu", "Netanyahu", 'm' },
	{ "France", "President", "Emmanuel Macron", "Macron", 'm' },
	{ "Germany", "Chancellor", "Friedrich Merz", "Merz", 'm' },
	{ "Britain", "Foreign Secretary", "Eleanor Pryce", "Pryce", 'f' },
	{ "India", "Prime Minister", "Narendra Modi", "Modi", 'm' },
	{ "Pakistan", "Army chief Gen.", "Tariq Mahmood", "Mahmood", 'm' },
	{ "Turkey", "President", "Recep Tayyip Erdogan", "Erdogan", 'm' },
	{ "Egypt", "Foreign Minister", "Youssef Hamdy", "Hamdy", 'm' },
	{ "Saudi Arabia", "Crown Prince", "Mohammed bin Salman", "Mohammed", 'm' },
	{ "Belarus", "President", "Alexander Lukashenko", "Lukashenko", 'm' },
	{ "Poland", "Defence Minister", "Marta Zielinska", "Zielinska", 'f' },
	{ "Taiwan", "President", "Lai Ching-te", "Lai", 'm' },
	{ "Venezuela", "President", "Nicolas Maduro", "Maduro", 'm' },
	{ "Brazil", "President", "Luiz Inacio Lula da Silva", "Lula", 'm' },
	{ "Nigeria", "Interior Minister", "Chidi Okonkwo", "Okonkwo", 'm' },
	{ "Sudan", "Lt. Gen.", "Osman Abdelrahim", "Abdelrahim", 'm' },
	{ "Georgia", "Prime Minister", "Levan Beridze", "Beridze", 'm' },
	{ "Armenia", "Prime Minister", "Nikol Pashinyan", "Pashinyan", 'm' },
	{ "Qatar", "Prime Minister", "Sheikh Hamad Al-Thani", "Al-Thani", 'm' },
	{ "Kenya", "Foreign Minister", "Grace Wanjiru", "Wanjiru", 'f' },
};

/* What an actor can plausibly do, matched against a verb's kind so that
 * warplanes strike and envoys visit. */
enum { K_DIP = 1, K_MIL = 2, K_LAW = 4, K_ANY = 7 };

/* Role words after a demonym: "Chinese troops", "the Iranian foreign
 * ministry".  the: takes "the"; plural: agrees as a plural subject. */
struct agent {
	const char *word;
	int the, plural, kinds;
};

static const struct agent agents[] = {
	{ "officials", 0, 1, K_DIP | K_LAW }, { "troops", 0, 1, K_MIL },
	{ "forces", 0, 1, K_MIL }, { "police", 0, 1, K_LAW },
	{ "diplomats", 0, 1, K_DIP }, { "lawmakers", 0, 1, K_DIP },
	{ "military", 1, 0, K_MIL | K_DIP }, { "navy", 1, 0, K_MIL },
	{ "coast guard", 1, 0, K_MIL | K_LAW }, { "warplanes", 0, 1, K_MIL },
	{ "state media", 0, 1, K_DIP }, { "government", 1, 0, K_ANY },
	{ "foreign ministry", 1, 0, K_DIP }, { "defence ministry", 1, 0, K_DIP | K_MIL },
	{ "authorities", 0, 1, K_LAW | K_DIP }, { "border guards", 0, 1, K_MIL | K_LAW },
	{ "security forces", 0, 1, K_MIL | K_LAW }, { "negotiators", 0, 1, K_DIP },
	{ "prosecutors", 0, 1, K_LAW }, { "opposition", 1, 0, K_DIP },
	{ "army", 1, 0, K_MIL }, { "cabinet", 1, 0, K_DIP },
	{ "envoy", 1, 0, K_DIP }, { "embassy", 1, 0, K_DIP },
};

/* Agents that read well as "<agent> in <capital>". */
static const struct agent local_agents[] = {
	{ "police", 0, 1, K_LAW }, { "officials", 0, 1, K_DIP | K_LAW },
	{ "protesters", 0, 1, K_DIP }, { "authorities", 0, 1, K_LAW | K_DIP },
	{ "diplomats", 0, 1, K_DIP }, { "prosecutors", 0, 1, K_LAW },
	{ "students", 0, 1, K_DIP }, { "security forces", 0, 1, K_MIL | K_LAW },
};

/* Groups that belong to no one state. */
static const struct nonstate {
	const char *name;
	int plural, kinds;
} nonstates[] = {
	{ "rebels", 1, K_MIL }, { "insurgents", 1, K_MIL },
	{ "protesters", 1, K_DIP }, { "militants", 1, K_MIL },
	{ "separatists", 1, K_MIL | K_DIP }, { "the Taliban", 1, K_ANY },
	{ "Hamas", 0, K_ANY }, { "Hezbollah", 0, K_ANY },
	{ "the United Nations", 0, K_DIP }, { "NATO", 0, K_DIP | K_MIL },
	{ "the European Union", 0, K_DIP }, { "the African Union", 0, K_DIP },
	{ "the International Atomic Energy Agency", 0, K_DIP },
	{ "the Red Cross", 0, K_DIP }, { "U.N. peacekeepers", 1, K_MIL | K_DIP },
	{ "aid workers", 1, K_DIP }, { "opposition lawmakers", 1, K_DIP },
	{ "the World Health Organization", 0, K_DIP },
	{ "U.N. Secretary-General Antonio Guterres", 0, K_DIP },
	{ "EU foreign policy chief Kaja Kallas", 0, K_DIP },
};

static const char *const days[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

/* ---- the article being written --------------------------------------- */

#define CAST_MAX 4

struct article {
	int cast[CAST_MAX];     /* states the story is about */
	int n_cast;
	unsigned char mentioned[N_OF(people)];
	int year;
};

static struct article art;

/* An actor phrase just written: whether it agrees as a plural. */
struct np {
	int plural;
	int state;              /* index in states[], or -1 */
};

/* A state for a new phrase: mostly the article's cast, sometimes any,
 * never `avoid`. */
static int pick_state(int avoid)
{
	int s, tries = 0;

	do {
		if (art.n_cast && chance(80))
			s = art.cast[rnd((unsigned)art.n_cast)];
		else
			s = (int)rnd(N_OF(states));
	} while (s == avoid && ++tries < 20);
	if (s == avoid)
		s = (avoid + 1) % (int)N_OF(states);
	return s;
}

static int person_of(int s)
{
	int idx[N_OF(people)];
	unsigned i, n = 0;

	for (i = 0; i < N_OF(people); i++)
		if (!strcmp(people[i].state, states[s].name))
			idx[n++] = (int)i;
	return n ? idx[rnd(n)] : -1;
}

static void add_state_name(struct sb *b, int s)
{
	sb_add(b, states[s].alt && chance(25) ? states[s].alt : states[s].name);
}

/* "Russian President Vladimir Putin", "North Korean leader Kim Jong-un",
 * or after the first mention "Putin", "Mr. Putin". */
static void add_person(struct sb *b, int p)
{
	const struct person *pe = &people[p];
	const char *adj = NULL;
	unsigned i;

	for (i = 0; i < N_OF(states); i++)
		if (!strcmp(states[i].name, pe->state))
			adj = states[i].adj;
	if (art.mentioned[p] && chance(70)) {
		if (chance(35))
			sb_addf(b, "%s %s", pe->sex == 'f' ? "Ms." : "Mr.", pe->surname);
		else
			sb_add(b, pe->surname);
		return;
	}
	art.mentioned[p] = 1;
	if (adj && chance(75))
		sb_addf(b, "%s %s %s", adj, pe->title, pe->name);
	else
		sb_addf(b, "%s %s", pe->title, pe->name);
}

/* A random agent of one of the kinds. */
static const struct agent *pick_agent(const struct agent *a, unsigned n, int kinds)
{
	unsigned i = rnd(n), tries;

	for (tries = 0; tries < n && !(a[i].kinds & kinds); tries++)
		i = (i + 1) % n;
	return &a[i];
}

/* An actor phrase, as subject or object: one that can act as kinds say,
 * of a state other than avoid. */
static struct np add_actor(struct sb *b, int avoid, int kinds)
{
	struct np np = { 0, -1 };
	int s = pick_state(avoid), p;
	unsigned k = rnd(100);
	const struct agent *ag;

	np.state = s;
	if (k < 20) {
		add_state_name(b, s);
	} else if (k < 30) {
		sb_add(b, states[s].capital);
	} else if (k < 55 && (kinds & K_DIP) && (p = person_of(s)) >= 0) {
		add_person(b, p);
	} else if (k < 72) {
		ag = pick_agent(agents, N_OF(agents), kinds);
		sb_addf(b, "%s%s %s", ag->the ? "the " : "", states[s].adj, ag->word);
		np.plural = ag->plural;
	} else if (k < 78) {
		ag = pick_agent(local_agents, N_OF(local_agents), kinds);
		sb_addf(b, "%s in %s", ag->word, states[s].capital);
		np.plural = 1;
	} else if (k < 85) {
		ag = pick_agent(agents, N_OF(agents), kinds);
		add_state_name(b, s);
		sb_addf(b, "%s %s", chance(15) ? "\xe2\x80\x99s" : "'s", ag->word);
		np.plural = ag->plural;
	} else if (k < 95) {
		unsigned i = rnd(N_OF(nonstates)), tries;
		const struct nonstate *ns;
		for (tries = 0; tries < N_OF(nonstates) && !(nonstates[i].kinds & kinds); tries++)
			i = (i + 1) % N_OF(nonstates);
		ns = &nonstates[i];
		if (ns->plural && ns->name[0] >= 'a' && chance(50))
			sb_addf(b, "%s in %s", ns->name, states[s].region);
		else
			sb_add(b, ns->name);
		np.plural = ns->plural;
		np.state = -1;
	} else if (kinds & K_DIP) {
		sb_addf(b, "the %s %s", states[s].adj,
			chance(50) ? "delegation" : "ambassador to the United Nations");
	} else {
		add_state_name(b, s);
	}
	return np;
}

/* A place to go: a state or its capital. */
static void add_place(struct sb *b, int avoid)
{
	int s = pick_state(avoid);

	if (chance(60))
		add_state_name(b, s);
	else
		sb_add(b, states[s].capital);
}

/* ---- verbs ------------------------------------------------------------ */

/* past and base forms, then the rest of the verb phrase, with slots:
 *   %T an actor   %U a second actor   %L a place   %N a number
 *   %M a number in digits
 *   %O an offence  %D a demand (infinitive)  %I an issue
 *   %G a good deed  %A an agreement  %W a threat  %B a bad outcome */
struct verb {
	const char *past, *base, *rest;
	int kinds;              /* who can do it */
};

static const struct verb verbs[] = {
	{ "visited", "visit", " %L", K_DIP },
	{ "paid a visit to", "pay a visit to", " %L", K_DIP },
	{ "travelled to", "travel to", " %L", K_DIP },
	{ "arrived in", "arrive in", " %L for talks", K_DIP },
	{ "met", "meet", " %T", K_DIP },
	{ "met with", "meet with", " %T in %L", K_DIP },
	{ "held talks with", "hold talks with", " %T", K_DIP },
	{ "hosted", "host", " %T", K_DIP },
	{ "welcomed", "welcome", " %T to %L", K_DIP },
	{ "spoke by telephone with", "speak by telephone with", " %T", K_DIP },
	{ "discussed", "discuss", " %I with %T", K_DIP },
	{ "accused", "accuse", " %T of %O", K_DIP },
	{ "threatened", "threaten", " %T with %W", K_DIP },
	{ "threatened to", "threaten to", " cut off gas supplies to %T", K_DIP },
	{ "imposed sanctions on", "impose sanctions on", " %T", K_DIP },
	{ "imposed new sanctions on", "impose new sanctions on", " %N companies linked to %T", K_DIP },
	{ "attacked", "attack", " %T", K_MIL },
	{ "shelled", "shell", " positions held by %T", K_MIL },
	{ "launched a drone strike on", "launch a drone strike on", " %T", K_MIL },
	{ "fired missiles at", "fire missiles at", " %T", K_MIL },
	{ "agreed to", "agree to", " resume talks with %T", K_DIP },
	{ "agreed to", "agree to", " meet %T", K_DIP },
	{ "condemned", "condemn", " %T", K_DIP },
	{ "praised", "praise", " %T for %G", K_DIP },
	{ "rejected", "reject", " a proposal by %T", K_DIP },
	{ "rejected", "reject", " demands from %T", K_DIP },
	{ "signed", "sign", " %A with %T", K_DIP },
	{ "criticized", "criticize", " %T over %I", K_DIP },
	{ "urged", "urge", " %T to %D", K_DIP },
	{ "called on", "call on", " %T to %D", K_DIP },
	{ "invited", "invite", " %T to visit %L", K_DIP },
	{ "denounced", "denounce", " %T", K_DIP },
	{ "expelled", "expel", " %N diplomats from %L", K_DIP },
	{ "sent", "send", " humanitarian aid to %T", K_DIP },
	{ "deployed", "deploy", " %N troops near the border with %L", K_MIL },
	{ "warned", "warn", " %T against %B", K_DIP },
	{ "demanded that", "demand that", " %T %D", K_DIP },
	{ "pledged support for", "pledge support for", " %T", K_DIP },
	{ "apologized to", "apologize to", " %T", K_DIP },
	{ "negotiated with", "negotiate with", " %T over %I", K_DIP },
	{ "cut diplomatic ties with", "cut diplomatic ties with", " %T", K_DIP },
	{ "restored diplomatic relations with", "restore diplomatic relations with", " %T", K_DIP },
	{ "seized", "seize", " a tanker belonging to %T", K_MIL },
	{ "provided", "provide", " military aid worth $%M million to %T", K_DIP },
	{ "mediated", "mediate", " between %T and %U", K_DIP },
	{ "thanked", "thank", " %T for %G", K_DIP },
	{ "blamed", "blame", " %T for %B", K_DIP },
	{ "protested", "protest", " against %T", K_DIP },
	{ "recalled", "recall", " its ambassador to %L", K_DIP },
	{ "summoned", "summon", " the ambassador of %L", K_DIP },
	{ "congratulated", "congratulate", " %T on %G", K_DIP },
	{ "arrested", "arrest", " %N people suspected of spying for %T", K_LAW | K_MIL },
	{ "vowed to", "vow to", " retaliate against %T", K_DIP },
	{ "endorsed", "endorse", " a peace plan put forward by %T", K_DIP },
	{ "denied", "deny", " accusations made by %T", K_DIP },
	{ "hailed", "hail", " its partnership with %T", K_DIP },
	{ "boycotted", "boycott", " a summit hosted by %T", K_DIP },
	{ "released", "release", " %N prisoners held on behalf of %T", K_DIP },
};

static const char *const offences[] = {
	"violating the ceasefire", "supplying weapons to rebels",
	"interfering in its elections", "spying on its diplomats",
	"provoking tensions along the border", "breaking the 2018 agreement",
	"hiding nuclear material from inspectors", "launching cyber attacks",
	"detaining its citizens without charge", "sheltering militants",
};

static const char *const demands[] = {
	"show restraint", "return to the negotiating table",
	"release detained journalists", "withdraw its troops",
	"halt missile tests", "allow aid into the region",
	"respect the ceasefire", "open its border crossings",
	"hand over the suspects", "drop the charges",
};

static const char *const issues[] = {
	"trade", "the nuclear programme", "the disputed islands",
	"border security", "energy supplies", "the refugee crisis",
	"fishing rights", "the war in Ukraine", "tariffs on steel",
	"the treatment of minorities", "arms control", "maritime claims",
};

static const char *const goods[] = {
	"its role in the ceasefire talks", "helping evacuate civilians",
	"its support during the crisis", "hosting the peace conference",
	"the release of the hostages", "its election victory",
	"its contribution to the relief effort",
};

static const char *const accords[] = {
	"a trade agreement", "a memorandum of understanding",
	"a defence pact", "a ceasefire deal", "an energy deal",
	"a visa-free travel agreement", "a prisoner exchange deal",
	"a joint declaration",
};

static const char *const threats[] = {
	"retaliation", "military action", "further sanctions",
	"countermeasures", "a full trade embargo", "serious consequences",
};

static const char *const bads[] = {
	"any further provocation", "the collapse of the talks",
	"the attack on the convoy", "interfering in its internal affairs",
	"the deaths of civilians", "escalating the conflict",
};

static const char *const conditions[] = {
	"the talks resumed", "Washington lifted the sanctions",
	"the other side withdrew its troops", "its security was guaranteed",
	"the ceasefire held", "parliament approved the plan",
	"the conditions were right",
};

/* Number of words in a NUL-terminated phrase. */
static unsigned count_words(const char *s)
{
	unsigned n = 0;
	int in = 0;

	for (; *s; s++) {
		if (*s == ' ' || *s == '\n') {
			in = 0;
		} else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

static void add_number(struct sb *b)
{
	switch (rnd(4)) {
	case 0: sb_addf(b, "%u", 2 + rnd(9)); break;
	case 1: sb_add(b, PICK(((const char *const[]){ "two", "three", "four", "five", "six", "a dozen" }))); break;
	case 2: sb_addf(b, "%u", 10 + rnd(90)); break;
	default: sb_addf(b, "%u,%03u", 1 + rnd(9), 100 * rnd(10)); break;
	}
}

/* Expand a verb's rest, its slots filled; src: the subject's state. */
static void add_rest(struct sb *b, const struct verb *v, int src)
{
	const char *rest = v->rest;
	int kinds = v->kinds & K_DIP ? K_DIP : K_ANY;
	const char *p;

	for (p = rest; *p; p++) {
		if (*p != '%' || !p[1]) {
			sb_addn(b, p, 1);
			continue;
		}
		switch (*++p) {
		case 'T': add_actor(b, src, kinds); break;
		case 'U': add_actor(b, src, kinds); break;
		case 'L': add_place(b, src); break;
		case 'N': add_number(b); break;
		case 'M': sb_addf(b, "%u", 5 + rnd(500)); break;
		case 'O': sb_add(b, PICK(offences)); break;
		case 'D': sb_add(b, PICK(demands)); break;
		case 'I': sb_add(b, PICK(issues)); break;
		case 'G': sb_add(b, PICK(goods)); break;
		case 'A': sb_add(b, PICK(accords)); break;
		case 'W': sb_add(b, PICK(threats)); break;
		case 'B': sb_add(b, PICK(bads)); break;
		default: sb_addn(b, p - 1, 2); break;
		}
	}
}

/* ---- dates and clauses ------------------------------------------------- */

enum tense { PAST, FUTURE, EITHER };

/* A date expression that fits the tense. */
static void add_when(struct sb *b, enum tense t)
{
	unsigned k = t == PAST ? rnd(9) : t == FUTURE ? 9 + rnd(6) : rnd(15);

	switch (k) {
	case 0: case 1: case 2: sb_addf(b, "on %s", PICK(days)); break;
	case 3: sb_add(b, "last week"); break;
	case 4: sb_addf(b, "in %s last year", PICK(months)); break;
	case 5: sb_addf(b, "on %s %u", PICK(months), 1 + rnd(28)); break;
	case 6: sb_add(b, "earlier this month"); break;
	case 7: sb_addf(b, "late on %s", PICK(days)); break;
	case 8: sb_addf(b, "in %u", art.year - 1 - rnd(6)); break;
	case 9: sb_add(b, "next month"); break;
	case 10: sb_add(b, "later this week"); break;
	case 11: sb_addf(b, "in %s next year", PICK(months)); break;
	case 12: sb_addf(b, "on %s", PICK(days)); break;
	case 13: sb_addf(b, "before the end of %u", art.year); break;
	default: sb_addf(b, "early next %s", chance(50) ? "week" : "month"); break;
	}
}

static void add_clause(struct sb *b)
{
	switch (rnd(14)) {
	case 0: sb_add(b, " amid rising tensions over the disputed islands"); break;
	case 1: sb_add(b, " despite strong international criticism"); break;
	case 2: sb_add(b, ", in a move seen as a snub to "); add_actor(b, -1, K_DIP); break;
	case 3: sb_addf(b, " during a %s-day visit", PICK(((const char *const[]){ "two", "three", "four" }))); break;
	case 4: sb_addf(b, " for the first time since %u", art.year - 2 - rnd(15)); break;
	case 5: sb_add(b, ", according to a statement released by the ministry"); break;
	case 6: sb_add(b, " as part of a broader push to ease the crisis"); break;
	case 7: sb_add(b, " after months of stalled negotiations"); break;
	case 8: sb_addf(b, " at a meeting in %s", PICK(states).capital); break;
	case 9: sb_add(b, ", a step that analysts said could reshape the region"); break;
	case 10: sb_addf(b, " following the deaths of at least %u people", 3 + rnd(60)); break;
	case 11: sb_add(b, " on the sidelines of the G20 summit"); break;
	case 12: sb_add(b, " in a rare public statement"); break;
	default: sb_addf(b, " ahead of elections scheduled for %s", PICK(months)); break;
	}
}

/* ---- sentences ---------------------------------------------------------- */

enum mode { ASSERTED, PLANNED, CONDITIONAL, NEGATED, SPECULATIVE };

static enum mode pick_mode(void)
{
	unsigned m = rnd(100);

	return m < 55 ? ASSERTED : m < 70 ? PLANNED : m < 77 ? CONDITIONAL :
	       m < 87 ? NEGATED : SPECULATIVE;
}

static enum tense tense_of(enum mode m)
{
	return m == ASSERTED ? PAST : m == PLANNED ? FUTURE : EITHER;
}

/* Subject and verb phrase in a mode: "Russia will not meet ...". */
static void add_event(struct sb *b, enum mode m)
{
	const struct verb *v = &verbs[rnd(N_OF(verbs))];
	struct np subj;

	subj = add_actor(b, -1, v->kinds);
	if (m == ASSERTED) {
		sb_addf(b, " %s", v->past);
	} else if (m == PLANNED) {
		const char *pl[] = { "will", subj.plural ? "plan to" : "plans to",
				     subj.plural ? "are expected to" : "is expected to",
				     subj.plural ? "are due to" : "is due to",
				     subj.plural ? "intend to" : "intends to" };
		sb_addf(b, " %s %s", pl[rnd(N_OF(pl))], v->base);
	} else if (m == CONDITIONAL) {
		sb_addf(b, " %s %s", chance(70) ? "would" : "could", v->base);
		add_rest(b, v, subj.state);
		sb_addf(b, " if %s", PICK(conditions));
		return;
	} else if (m == NEGATED) {
		const char *ng[] = { "did not", "will not", "refused to", "declined to",
				     subj.plural ? "have no plans to" : "has no plans to",
				     "would not" };
		sb_addf(b, " %s %s", ng[rnd(N_OF(ng))], v->base);
	} else {
		const char *sp[] = { "may", "could", "might",
				     subj.plural ? "are likely to" : "is likely to",
				     subj.plural ? "appear ready to" : "appears ready to" };
		sb_addf(b, " %s %s", sp[rnd(N_OF(sp))], v->base);
	}
	add_rest(b, v, subj.state);
}

/* A nominal event: "Putin's visit to Pyongyang ...". */
static void add_nominal(struct sb *b)
{
	struct np np;

	switch (rnd(5)) {
	case 0:
		np = add_actor(b, -1, K_DIP);
		sb_add(b, "'s visit to ");
		add_place(b, np.state);
		sb_add(b, " was the first by such a senior official in years");
		break;
	case 1:
		sb_add(b, "talks between ");
		add_actor(b, -1, K_DIP);
		sb_add(b, " and ");
		add_actor(b, -1, K_DIP);
		sb_add(b, " ended without agreement");
		break;
	case 2:
		sb_add(b, "a meeting between ");
		add_actor(b, -1, K_DIP);
		sb_add(b, " and ");
		add_actor(b, -1, K_DIP);
		sb_add(b, " is scheduled for next week");
		break;
	case 3:
		sb_add(b, "new sanctions on ");
		add_actor(b, -1, K_DIP);
		sb_addf(b, " took effect, covering %u banks and %u shipping firms",
			2 + rnd(20), 2 + rnd(40));
		break;
	default:
		sb_add(b, "the invitation of ");
		add_actor(b, -1, K_DIP);
		sb_add(b, " was welcomed by ");
		add_actor(b, -1, K_DIP);
		break;
	}
}

static const char *const quotes[] = {
	"We will not tolerate any further provocation",
	"This is a clear violation of international law",
	"Our door remains open to dialogue",
	"We are ready to talk, but not under pressure",
	"The sanctions will only make the situation worse",
	"We have agreed to work together on this issue",
	"Nobody wants a war, but we will defend ourselves",
	"The visit shows the strength of our friendship",
	"These accusations are completely baseless",
	"We expect concrete steps, not promises",
};

/* Who says so: "officials said", "the Kremlin said", "Mr. Lavrov said". */
static void add_reporter(struct sb *b)
{
	switch (rnd(5)) {
	case 0: sb_add(b, PICK(((const char *const[]){ "officials", "diplomats", "analysts", "witnesses", "a senior official" }))); break;
	case 1: sb_addf(b, "%s state media", PICK(states).adj); break;
	default: add_actor(b, -1, K_DIP); break;
	}
}

static void capitalize(char *s)
{
	if (s[0] == '"' || s[0] == '\'')
		s++;
	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 'a' + 'A');
}

/* One political sentence into out (both reset first); core is scratch. */
static void political_sentence(struct sb *out, struct sb *core)
{
	unsigned form = rnd(100);
	int dated_front = 0, past = 0;

	sb_reset(core);
	sb_reset(out);
	if (chance(12)) {
		add_nominal(core);
	} else {
		enum mode m = pick_mode();
		past = m == ASSERTED;
		if (chance(12)) {
			add_when(core, tense_of(m));
			sb_add(core, ", ");
			dated_front = 1;
		}
		add_event(core, m);
		if (!dated_front && chance(50)) {
			sb_add(core, " ");
			add_when(core, tense_of(m));
		}
	}
	if (chance(35))
		add_clause(core);
	while (count_words(core->data) < SENT_MIN_WORDS - 2)
		add_clause(core);

	if (form < 60) {
		sb_addn(out, core->data, core->len);
		if (count_words(out->data) < SENT_MIN_WORDS) {
			sb_add(out, ", ");
			add_reporter(out);
			sb_add(out, " said");
		}
	} else if (form < 72) {
		sb_addn(out, core->data, core->len);
		sb_add(out, ", ");
		add_reporter(out);
		sb_add(out, PICK(((const char *const[]){ " said", " said on Monday", " told reporters",
							 " reported", " said in a statement" })));
	} else if (form < 82) {
		add_reporter(out);
		sb_add(out, chance(50) ? " said that " : " said ");
		sb_addn(out, core->data, core->len);
	} else if (form < 90) {
		sb_add(out, "According to ");
		add_reporter(out);
		sb_add(out, ", ");
		sb_addn(out, core->data, core->len);
	} else {
		int curly = chance(30);
		sb_add(out, curly ? "\xe2\x80\x9c" : "\"");
		sb_add(out, PICK(quotes));
		sb_add(out, curly ? ",\xe2\x80\x9d " : ",\" ");
		add_reporter(out);
		sb_add(out, " said");
		if (past && !dated_front && chance(60)) {
			sb_add(out, ", a day after ");
			sb_addn(out, core->data, core->len);
		}
	}
	sb_add(out, ".");
	capitalize(out->data);
}

/* A sentence with no political event. */
static void filler_sentence(struct sb *out)
{
	const char *city = PICK(states).capital;

	sb_reset(out);
	switch (rnd(14)) {
	case 0:
		sb_addf(out, "The central bank %s its benchmark interest rate by %u basis points to %u.%02u percent on %s, citing slowing growth.",
			PICK(((const char *const[]){ "raised", "cut", "lowered" })),
			25 * (1 + rnd(3)), 1 + rnd(8), 25 * rnd(4), PICK(days));
		break;
	case 1:
		sb_addf(out, "Inflation in the %s area %s to %u.%u percent in %s, the national statistics office said in its monthly report.",
			city, chance(50) ? "eased" : "climbed", 1 + rnd(9), rnd(10), PICK(months));
		break;
	case 2:
		sb_addf(out, "Shares in %s closed %u.%u percent %s on %s, led by technology and energy stocks, while the currency was little changed.",
			city, rnd(3), 1 + rnd(9), chance(50) ? "higher" : "lower", PICK(days));
		break;
	case 3:
		sb_addf(out, "Heavy rain and strong winds are expected across %s through the weekend, and the weather agency urged residents to avoid travel.",
			PICK(states).region);
		break;
	case 4:
		sb_addf(out, "Temperatures in %s reached %u degrees Celsius on %s, the highest reading for the month since records began in %u.",
			city, 30 + rnd(16), PICK(days), 1880 + rnd(70));
		break;
	case 5:
		sb_addf(out, "The company reported a net profit of $%u.%u billion for the third quarter, up %u percent from a year earlier, beating forecasts.",
			1 + rnd(20), rnd(10), 2 + rnd(30));
		break;
	case 6:
		sb_addf(out, "Exports rose %u.%u percent year on year in %s, driven by strong demand for semiconductors, cars and refined petroleum products.",
			1 + rnd(15), rnd(10), PICK(months));
		break;
	case 7:
		sb_addf(out, "Tickets for the film festival in %s, which runs until %s %u, sold out within hours of going on sale online.",
			city, PICK(months), 1 + rnd(28));
		break;
	case 8:
		sb_addf(out, "The national football team will play its next World Cup qualifying match in %s on %s in front of about %u,000 fans.",
			city, PICK(days), 20 + rnd(60));
		break;
	case 9:
		sb_addf(out, "Oil prices fell to $%u a barrel, their lowest level in %u months, as traders weighed weak demand against tight supply.",
			55 + rnd(40), 2 + rnd(20));
		break;
	case 10:
		sb_addf(out, "Unemployment held steady at %u.%u percent in %s, according to government data released on %s morning.",
			3 + rnd(8), rnd(10), PICK(months), PICK(days));
		break;
	case 11:
		sb_addf(out, "The new high-speed rail line between %s and the coast, which cost about $%u billion, is expected to open in %u.",
			city, 2 + rnd(30), art.year + 1 + rnd(4));
		break;
	case 12:
		sb_addf(out, "Dr. Helen Marsh, an economist at a bank in %s, said growth was likely to slow next year as households cut back on spending.",
			city);
		break;
	default:
		sb_addf(out, "Forecasters expect snow in the mountains and light showers in %s later this week, with temperatures falling to %u degrees at night.",
			city, rnd(9));
		break;
	}
}

/* ---- articles ------------------------------------------------------------ */

static void add_title(struct sb *b)
{
	int a = art.cast[0], c = art.cast[art.n_cast > 1 ? 1 : 0];
	int p = person_of(a);

	switch (rnd(6)) {
	case 0:
		if (p >= 0) {
			sb_addf(b, "%s to visit %s next month", people[p].surname, states[c].capital);
			break;
		}
		/* fall through */
	case 1:
		sb_addf(b, "%s condemns %s sanctions", states[a].name, states[c].adj);
		break;
	case 2:
		sb_addf(b, "%s and %s hold talks on %s", states[a].name, states[c].name, PICK(issues));
		break;
	case 3:
		sb_addf(b, "%s warns %s over %s", states[a].capital, states[c].capital, PICK(issues));
		break;
	case 4:
		sb_addf(b, "Tensions rise as %s troops gather near %s border", states[a].adj, states[c].adj);
		break;
	default:
		sb_addf(b, "%s says it will not accept %s demands", states[a].name, states[c].adj);
		break;
	}
	capitalize(b->data);
}

/* JSON string body: escape quotes, backslashes and control bytes. */
static void json_escape(struct sb *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };
			sb_addn(b, e, 2);
		} else if (c == '\n') {
			sb_add(b, "\\n");
		} else if (c < 0x20) {
			sb_addf(b, "\\u%04x", c);
		} else {
			sb_addn(b, (const char *)&c, 1);
		}
	}
}

static void write_article(struct sb *line, unsigned long n, struct sb *text,
			  struct sb *sent, struct sb *core, struct sb *title)
{
	unsigned n_sents = ART_MIN_SENTS + rnd(ART_MAX_SENTS - ART_MIN_SENTS + 1);
	unsigned i, w, in_para = 0, tries, month = 1 + rnd(12), day = 1 + rnd(28);
	int j;

	memset(&art, 0, sizeof(art));
	art.year = 2015 + (int)rnd(11);
	art.n_cast = 2 + (int)rnd(3);
	for (j = 0; j < art.n_cast; j++)
		art.cast[j] = (int)rnd(N_OF(states));

	sb_reset(text);
	sb_reset(title);
	add_title(title);
	if (chance(30)) {
		const char *c = states[art.cast[0]].capital;
		for (; *c; c++)
			sb_addf(text, "%c", *c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
		sb_add(text, " - ");
	}
	for (i = 0; i < n_sents; i++) {
		tries = 0;
		do {
			if (chance(20))
				filler_sentence(sent);
			else
				political_sentence(sent, core);
			w = count_words(sent->data);
		} while ((w < SENT_MIN_WORDS || w > SENT_MAX_WORDS) && ++tries < 100);
		if (i > 0)
			sb_add(text, in_para == 0 ? "\n\n" : " ");
		sb_addn(text, sent->data, sent->len);
		in_para = (in_para + 1) % (1 + rnd(3));
	}

	sb_reset(line);
	sb_addf(line, "{\"id\": \"bench-%06lu\", \"date\": \"%d-%02u-%02u\", \"title\": \"",
		n, art.year, month, day);
	json_escape(line, title->data, title->len);
	sb_add(line, "\", \"text\": \"");
	json_escape(line, text->data, text->len);
	sb_add(line, "\"}\n");
}

static void usage(FILE *f)
{
	fputs("usage: gencorpus [--mb N] [--seed N] [-o PATH]\n"
	      "Write at least N MB (10^6 bytes; default 8) of synthetic news\n"
	      "articles as JSON Lines to PATH (default standard output).\n", f);
}

int main(int argc, char **argv)
{
	double mb = 8;
	unsigned long long seed = 20251026;
	const char *path = NULL;
	struct sb line = { 0 }, text = { 0 }, sent = { 0 }, core = { 0 }, title = { 0 };
	unsigned long n = 0;
	size_t total = 0, want;
	FILE *f = stdout;
	int i;

	for (i = 1; i < argc; i++) {
		char *end;
		if (!strcmp(argv[i], "--mb") && i + 1 < argc) {
			mb = strtod(argv[++i], &end);
			if (*end || !(mb > 0) || mb > 100000) {
				fprintf(stderr, "gencorpus: --mb: '%s' is not a positive size\n", argv[i]);
				return 2;
			}
		} else if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
			seed = strtoull(argv[++i], &end, 10);
			if (*end) {
				fprintf(stderr, "gencorpus: --seed: '%s' is not a number\n", argv[i]);
				return 2;
			}
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			path = argv[++i];
		} else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (path && !(f = fopen(path, "w"))) {
		fprintf(stderr, "gencorpus: %s: %s\n", path, strerror(errno));
		return 1;
	}
	rng_state = seed;
	want = (size_t)(mb * 1e6);
	while (total < want) {
		write_article(&line, ++n, &text, &sent, &core, &title);
		if (fwrite(line.data, 1, line.len, f) != line.len)
			break;
		total += line.len;
	}
	if (ferror(f) || (path && fclose(f))) {
		fprintf(stderr, "gencorpus: %s: write failed\n", path ? path : "stdout");
		return 1;
	}
	fprintf(stderr, "gencorpus: %lu articles, %.2f MB in %s\n", n, total / 1e6,
		path ? path : "stdout");
	free(line.data);
	free(text.data);
	free(sent.data);
	free(core.data);
	free(title.data);
	return 0;
}
