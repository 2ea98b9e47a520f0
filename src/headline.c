/*
 * headline.c - the grammar of news headlines and feed item titles.
 *
 * Headlines drop what wire copy spells out: a comma stands for "and"
 * ("Biden, Xi agree to resume military talks"), a colon for "said"
 * ("Iran: will respond to any attack"), every word may be capitalised
 * ("Putin Hosts Kim At Russian Spaceport").  The matcher (match.c) and
 * the coder (coder.c) call these rules at their stages, so that the rest
 * of the pipeline reads a headline as it reads a wire sentence.  Nothing
 * here applies unless the sentence has the headline's form.
 */
#include <string.h>
#include <strings.h>

#include "coder_stages.h"
#include "headline.h"
#include "morph.h"

int headline_is_title(const struct sent *s)
{
	size_t i = s->n;

	/* past closing quotes and brackets */
	while (i > 0 && ((s->toks[i - 1].flags & TOK_QUOTE) || is_punct(s, i - 1, ')')))
		i--;
	return i > 0 && !is_punct(s, i - 1, '.') && !is_punct(s, i - 1, '!') &&
	       !is_punct(s, i - 1, '?') && !(s->toks[i - 1].flags & TOK_ABBR);
}

/* Whether token i can open a headline's predicate after its subject: a
 * finite verb ("sign", "agree", "meet"), "to" for a plan ("to hold
 * talks"), or a modal ("will", "may").  A word the lexicon reads as a
 * verb and as nothing closed-class counts. */
static int headline_verb_at(const struct sent *s, size_t i)
{
	const struct tokinfo *ti;

	if (i >= s->n || !(s->toks[i].flags & TOK_WORD) || (s->toks[i].flags & TOK_POSS) ||
	    s->info[i].mention >= 0)
		return 0;
	ti = &s->info[i];
	/* "Iran, Blinken said on Tuesday, has delivered missiles": a
	 * speaker's aside, no list */
	if (ti->vroles & (V_SPEECH | V_OPINION))
		return 0;
	if (ti->roles & (R_TO | R_WILL | R_MAY | R_WOULD | R_CAN))
		return 1;
	return ti->vlemma != LEX_NONE &&
	       !(ti->roles & (R_DET | R_PREP | R_CONJ | R_SUB | R_PRON | R_POSS | R_OF | R_BUT |
			      R_IF | R_BY | R_FROM | R_AUXNOUN));
}

/* Where a headline's clause may open: the sentence's first token, or
 * the token after a colon ("Kremlin: Putin, Trump discussed Ukraine"),
 * past any determiners. */
static size_t headline_skip_dets(const struct sent *s, size_t i)
{
	while (i < s->n && (s->info[i].roles & R_DET) && s->info[i].mention < 0)
		i++;
	return i;
}

void headline_commas(const dyad_lexicon *lex, struct sent *s)
{
	uint32_t and_w = lex_lookup(lex, "and", 3);
	size_t start;

	for (start = 0; start < s->n; start++) {
		size_t i, commas[8], n_commas = 0, n_members = 0;
		int32_t m;

		if (start > 0 && !is_punct(s, start - 1, ':'))
			continue;
		i = headline_skip_dets(s, start);
		/* the list: names joined by commas alone, no "and" */
		while (i < s->n && (m = s->info[i].mention) >= 0 && n_commas < 8) {
			const struct mention *a = &s->ments[m];
			size_t end = a->tok + a->n_tok;
			if (a->tok != i || a->kind == M_PRONOUN || a->place_only)
				break;
			n_members++;
			if (end + 1 >= s->n || !is_punct(s, end, ',') || s->info[end + 1].mention < 0) {
				i = end;
				break;
			}
			commas[n_commas++] = end;
			i = end + 1;
		}
		/* ... and its predicate right after the last name: "Ukraine,
		 * Poland sign", "Iran, US to hold talks".  "Iran, Israel's
		 * foe, fired" (a possessive) and "Moscow, Russia (AP)" (no
		 * verb) are no such list. */
		if (n_members < 2 || n_commas + 1 != n_members || !headline_verb_at(s, i))
			continue;
		/* the comma reads as the word, so that patterns written
		 * with "and" ("$ and + * &ev_agreement") take it */
		while (n_commas) {
			struct tokinfo *ti = &s->info[commas[--n_commas]];
			ti->roles |= R_CONJ;
			ti->word = and_w;
			sent_bloom_add(s, and_w);
		}
	}
}

/* The token after the mention opening the clause at START (past its
 * determiners), or 0 when no mention opens it. */
static size_t headline_after_opening(const struct sent *s, size_t start)
{
	size_t i = headline_skip_dets(s, start);
	int32_t m;

	if (i >= s->n || (m = s->info[i].mention) < 0 || s->ments[m].tok != i ||
	    s->ments[m].kind == M_PRONOUN)
		return 0;
	return s->ments[m].tok + s->ments[m].n_tok;
}

void headline_colons(struct sent *s)
{
	size_t k = headline_after_opening(s, 0);

	/* "Kremlin: Putin, Trump discussed Ukraine", "Iran: any attack
	 * will be met ...": a clause with a subject of its own keeps it */
	if (!k || k + 1 >= s->n || !is_punct(s, k, ':') || !headline_is_title(s) ||
	    s->info[k + 1].mention >= 0 ||
	    (s->info[k + 1].roles & (R_DET | R_PRON | R_POSS | R_PREP | R_SUB | R_CONJ)) ||
	    !(s->toks[k + 1].flags & TOK_WORD))
		return;
	s->info[k].brk = 0;
}

void headline_verbless(struct dyad_coder *c, struct sent *s)
{
	size_t k = headline_after_opening(s, 0), j;
	const struct mention *who, *where;
	size_t len;

	if (!k || k + 1 >= s->n || !head_is(s, k, "in") || !headline_is_title(s) ||
	    s->info[k + 1].mention < 0)
		return;
	who = &s->ments[s->info[headline_skip_dets(s, 0)].mention];
	where = &s->ments[s->info[k + 1].mention];
	/* a traveller: a person or an office ("Chinese FM Wang Yi"), not
	 * a people or a force ("Ukrainians in Poland", "troops in Syria") */
	len = who->code ? strlen(who->code) : 0;
	if (where->tok != k + 1 || !where->code || strlen(where->code) != 3 ||
	    !(who->person || (len == 6 && !strcmp(who->code + 3, "GOV"))))
		return;
	/* no verb of its own before the place's name */
	for (j = 0; j < k; j++)
		if (s->info[j].mention < 0 && s->info[j].vlemma != LEX_NONE)
			return;
	match_reread(c, s, k, "visits", 6);
}

/* The small words Title Case may leave in lower case, or capitalise. */
static const char *const headline_minor[] = {
	"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
	"with", "as", "from", "into", "onto", "over", "after", "amid", "vs", "via", "off", "up",
	"out", "is", "are", "be", NULL
};

static int headline_is_minor(const char *f, size_t n)
{
	size_t k;

	for (k = 0; headline_minor[k]; k++)
		if (strlen(headline_minor[k]) == n && !memcmp(headline_minor[k], f, n))
			return 1;
	return 0;
}

void headline_title_case(const dyad_lexicon *lex, const char *text, struct token *toks, size_t n)
{
	size_t i, n_words = 0, n_cap_minor = 0;
	char f[64];

	if (n < 4 || !lex->morph)
		return;
	/* Title Case: every word after the first capitalised, but for small
	 * words it may leave low; a small word capitalised, or three words
	 * or more, tells it from a name alone.  A headline ends with no full
	 * stop. */
	if ((toks[n - 1].flags & TOK_PUNCT) && text[toks[n - 1].start] == '.')
		return;
	for (i = 1; i < n; i++) {
		size_t len = toks[i].end - toks[i].start, k;
		if (!(toks[i].flags & TOK_WORD) || (toks[i].flags & TOK_POSS))
			continue;
		k = lex_fold(text + toks[i].start, len, f, sizeof(f));
		if (!(toks[i].flags & (TOK_CAP | TOK_UPPER))) {
			if (!k || !headline_is_minor(f, k))
				return;         /* a word of sentence case */
			continue;
		}
		n_words++;
		if (k && headline_is_minor(f, k))
			n_cap_minor++;
	}
	if (n_words < 3 || (!n_cap_minor && n_words < 5))
		return;
	/* Words of English that start no name the dictionaries know read as
	 * lower case: "Putin Hosts Kim At Russian Spaceport" is read as
	 * "Putin hosts Kim at Russian spaceport" */
	for (i = 1; i < n; i++) {
		size_t len = toks[i].end - toks[i].start, k;
		const char *lemma;
		uint32_t w, parts[1];
		if (!(toks[i].flags & TOK_CAP) || (toks[i].flags & (TOK_UPPER | TOK_ABBR)) ||
		    !(toks[i].flags & TOK_WORD))
			continue;
		k = lex_fold(text + toks[i].start, len, f, sizeof(f));
		if (!k)
			continue;
		w = lex_lookup(lex, f, k);
		if (w != LEX_NONE && (lex_trie_step(&lex->actor_trie, 0, w, 1) != LEX_NONE ||
				      lex_name_part(lex, w, parts, 1)))
			continue;
		if (headline_is_minor(f, k) || morph_lemmas(lex->morph, MORPH_VERB, f, k, &lemma, 1) ||
		    morph_lemmas(lex->morph, MORPH_NOUN, f, k, &lemma, 1))
			toks[i].flags &= ~(uint32_t)TOK_CAP;
	}
}
