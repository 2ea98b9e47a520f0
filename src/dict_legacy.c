/*
 * dict_legacy.c - readers for the legacy event coders' dictionaries:
 * PETRARCH's (the Phoenix and CAMEO 2.0 files) and TABARI's, the format
 * PETRARCH grew out of.
 *
 * Both are line oriented and a file holds one kind of entry: verb blocks
 * and patterns, actors, agents, discards or issues.  The kind is read from
 * the content (file_kind), then each line goes to that kind's reader,
 * which feeds the lexicon through the builder in lexicon.h and knows
 * nothing of how it is stored.  '#' and ';' start comments everywhere,
 * lines opening with "<!" are comments, "~~FINISH" ends a file.
 *
 * The two dialects differ only in verb files: PETRARCH groups verbs in
 * "---  LABEL  [code]  ---" blocks whose patterns all the block's verbs
 * share; in TABARI each "VERB [code]" line is its own class, its patterns
 * below it, and may list forms in <...> as well as {...}.
 *
 * A malformed line is skipped and counted, and reading goes on.  A file
 * whose skipped lines are few -- one in LEGACY_BAD_RATIO lines, at most
 * LEGACY_BAD_MAX -- still loads: err->code stays DYAD_OK and err->msg
 * lists the lines skipped, for the reference dictionaries carry a handful
 * of typos PETRARCH stepped over.  Past that the file is taken for broken
 * or for another format, and the load fails with DYAD_EPARSE and the first
 * fault as "FILE:LINE: what is wrong (the offending text)".  Small files
 * tolerate nothing.
 *
 * The parser allocates per file, not per line: phrases are built in stack
 * buffers, and verb files keep their patterns in a few growing arrays
 * until the end, so that a pattern may name a synonym set defined below it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "lexicon.h"

#define LEGACY_MAX_FORMS 32     /* explicit forms of one verb */
#define LEGACY_FORMS_BYTES 1024
#define LEGACY_MAX_ELEMS 64     /* elements of one pattern (lex_pattern_add's cap) */
#define LEGACY_MAX_SUBST 32     /* !SET! substitution sets in an agents file */
#define LEGACY_MAX_VALUES 32    /* values of one substitution set */
#define LEGACY_MAX_MARKERS 4    /* different !SET! markers in one agent entry */
#define LEGACY_PHRASE 1024      /* one phrase after expansion */
#define LEGACY_BAD_RATIO 200
#define LEGACY_BAD_MAX 64
#define LEGACY_QUOTE 60         /* bytes of offending text quoted */
#define LEGACY_STOP 1           /* a line reader's "end of file here" */

/* PETRARCH reads a yymmdd year of 30 or less as 20yy, else 19yy: the
 * Phoenix actors have 310101 for 1931 and 070723 for 2007. */
#define LEGACY_YY_CUTOFF 30

enum legacy_dialect { DIALECT_PETRARCH, DIALECT_TABARI };

enum legacy_kind {
	KIND_DISCARDS, KIND_ACTORS, KIND_AGENTS, KIND_VERBS, KIND_ISSUES
};

struct span {
	const char *s;
	size_t n;
};

/* A pattern element as read.  Words and set names stay spans of the text
 * until the file is read; EL_ALT is "A/B", either word, which becomes a
 * synonym set of its own. */
#define EL_ALT 0x7f

struct pel {
	uint8_t kind, flags;
	uint32_t off, len;
};

struct pat {
	uint32_t block, line, first, n;
	char code[8], code2[8];         /* "" when absent */
};

/* A verb class: a block's own, or one of its siblings for verbs that
 * carry a code of their own. */
struct vclass {
	uint32_t id, line;
	char code[8], code2[8];
};

struct vblock {
	struct span label;
	uint32_t first, n;              /* its classes in lp.classes */
	int dead;                       /* header was malformed: drop its lines */
};

struct vhead {
	struct span phrase, forms;
	uint32_t cls, line;             /* cls: index in lp.classes */
};

struct subst {
	struct span name;               /* between the '!'s */
	struct span vals[LEGACY_MAX_VALUES];
	uint32_t n;
};

#define VEC(T) struct { T *v; size_t n, cap; }

struct lp {
	dyad_lexicon *lex;
	const char *path;
	const char *text;
	dyad_error *err;
	enum legacy_dialect dialect;
	enum legacy_kind kind;
	uint32_t line;

	uint32_t n_bad;
	char first[512];                /* the first fault, in full */
	char warn[1024];                /* the faults in brief */
	size_t warn_len;
	int warn_full;

	uint32_t actor;                 /* actors: the entry being read */
	int has_actor;

	struct subst subst[LEGACY_MAX_SUBST];
	uint32_t n_subst;

	struct span set;                /* verbs: the synonym set being read */
	int in_set, in_block;
	VEC(struct vclass) classes;
	VEC(struct vblock) blocks;
	VEC(struct vhead) heads;        /* the current block's, until flushed */
	VEC(struct pat) pats;
	VEC(struct pel) pels;
	uint32_t n_transforms;
};

static void *vec_grow(void **v, size_t *n, size_t *cap, size_t sz)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		void *nv = realloc(*v, ncap * sz);
		if (!nv)
			return NULL;
		*v = nv;
		*cap = ncap;
	}
	return (char *)*v + (*n)++ * sz;
}

#define PUSH(vec) vec_grow((void **)&(vec).v, &(vec).n, &(vec).cap, sizeof(*(vec).v))

/* ---- small helpers ---------------------------------------------------- */

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alnum(char c)
{
	return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static void trim(const char **s, size_t *n)
{
	while (*n && is_ws(**s))
		(*s)++, (*n)--;
	while (*n && is_ws((*s)[*n - 1]))
		(*n)--;
}

static int starts(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);

	return n >= k && memcmp(s, prefix, k) == 0;
}

static int same_nocase(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++) {
		char x = a[i], y = b[i];
		if (x >= 'a' && x <= 'z')
			x = (char)(x - 32);
		if (y >= 'a' && y <= 'z')
			y = (char)(y - 32);
		if (x != y)
			return 0;
	}
	return 1;
}

/* Cut a comment off a line: '#' is PETRARCH's, ';' KEDS' and TABARI's.
 * Neither occurs inside an entry of the reference files. */
static size_t strip_comment(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '#' || s[i] == ';')
			return i;
	return n;
}

/* ---- faults ------------------------------------------------------------ */

/* Record a malformed line and return DYAD_EPARSE, which the line loop
 * counts and steps over.  s, n is the offending text, quoted shortened. */
static int bad(struct lp *p, uint32_t line, const char *what,
	       const char *s, size_t n)
{
	char brief[256];
	const char *more = "";
	int k;

	if (n > LEGACY_QUOTE) {
		n = LEGACY_QUOTE;
		/* Do not cut a UTF-8 sequence in two. */
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
		more = "...";
	}
	if (p->n_bad == 0)
		snprintf(p->first, sizeof(p->first), "%s:%u: %s (%.*s%s)",
			 p->path, line, what, (int)n, s, more);
	k = snprintf(brief, sizeof(brief), "%sline %u: %s (%.*s%s)",
		     p->n_bad ? "; " : "", line, what, (int)n, s, more);
	if (k > 0 && (size_t)k < sizeof(brief) && !p->warn_full &&
	    p->warn_len + (size_t)k + 5 < sizeof(p->warn)) {
		memcpy(p->warn + p->warn_len, brief, (size_t)k + 1);
		p->warn_len += (size_t)k;
	} else if (!p->warn_full) {
		/* The count says how many; the list ends where it fits. */
		memcpy(p->warn + p->warn_len, "; ...", 6);
		p->warn_full = 1;
	}
	p->n_bad++;
	return DYAD_EPARSE;
}

/* Turn a builder status into the line's: a builder's DYAD_EPARSE means
 * the phrase was empty, too long (LEX_MAX_PHRASE words) or unreadable. */
static int built(struct lp *p, int rc, uint32_t line, const char *what,
		 const char *s, size_t n)
{
	if (rc == DYAD_EPARSE)
		return bad(p, line, what, s, n);
	return rc;
}

/* ---- codes and dates -------------------------------------------------- */

/* An event code: "---" or two to four digits. */
static int simple_code(const char *s, size_t n, char out[8])
{
	size_t i;

	if (n == 3 && memcmp(s, "---", 3) == 0) {
		memcpy(out, "---", 4);
		return 0;
	}
	if (n < 2 || n > 4)
		return -1;
	for (i = 0; i < n; i++)
		if (!is_digit(s[i]))
			return -1;
	memcpy(out, s, n);
	out[n] = '\0';
	return 0;
}

/* "042", "---", or TABARI's paired "042:043" (A visits B, and B hosts A).
 * ":110" has no forward event: code becomes "---", code2 "110". */
static int event_code(const char *s, size_t n, char code[8], char code2[8])
{
	const char *colon;
	const char *b;
	size_t an, bn;

	trim(&s, &n);
	code2[0] = '\0';
	colon = memchr(s, ':', n);
	if (!colon)
		return simple_code(s, n, code);
	an = (size_t)(colon - s);
	b = colon + 1;
	bn = n - an - 1;
	trim(&s, &an);
	trim(&b, &bn);
	if (an == 0 && bn == 0)
		return -1;
	if (an == 0)
		memcpy(code, "---", 4);
	else if (simple_code(s, an, code))
		return -1;
	if (bn && (simple_code(b, bn, code2) || code2[0] == '-'))
		return -1;
	return 0;
}

/* Actor, agent and issue codes: letters, digits (and '_', '-' for issue
 * categories); the lexicon keeps codes under 64 bytes. */
static int name_code(const char *s, size_t n, int punct)
{
	size_t i;

	if (n == 0 || n >= 64)
		return 0;
	for (i = 0; i < n; i++)
		if (!is_alnum(s[i]) && !(punct && (s[i] == '_' || s[i] == '-')))
			return 0;
	return 1;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* yymmdd or yyyymmdd to a yyyymmdd integer. */
static int legacy_date(const char *s, size_t n, int32_t *out)
{
	int v[8], y, m, d;
	size_t i;

	if (n != 6 && n != 8)
		return -1;
	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v[i] = s[i] - '0';
	}
	if (n == 6) {
		y = v[0] * 10 + v[1];
		y += y <= LEGACY_YY_CUTOFF ? 2000 : 1900;
	} else {
		y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
		if (y < 1000)
			return -1;
	}
	m = v[n - 4] * 10 + v[n - 3];
	d = v[n - 2] * 10 + v[n - 1];
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return -1;
	*out = y * 10000 + m * 100 + d;
	return 0;
}

/* ---- actors ------------------------------------------------------------ */

/*
 * One bracket group: "CODE", "CODE >date", "CODE <date", "CODE d1-d2",
 * with dates yymmdd or yyyymmdd.  The Phoenix files also have a space
 * after '>' or '<', which is read, and a bare "CODE date", read as ">date"
 * (both cases, MNEGOV 20121204 and USAGOV 19820101, are starts of office).
 * "---" codes nothing: the name is known and deliberately left uncoded.
 */
static int actor_group(struct lp *p, const char *s, size_t n)
{
	const char *code, *spec, *d1, *d2 = NULL;
	size_t cn = 0, sn, n1, n2 = 0;
	int32_t from = 0, to = 0;
	char sign = 0;

	trim(&s, &n);
	code = s;
	while (cn < n && !is_ws(s[cn]) && s[cn] != '<' && s[cn] != '>')
		cn++;
	if (!(cn == 3 && memcmp(code, "---", 3) == 0) && !name_code(code, cn, 0))
		return bad(p, p->line, "not an actor code", s, n);
	d1 = spec = s + cn;
	n1 = sn = n - cn;
	trim(&d1, &n1);
	trim(&spec, &sn);
	if (n1 && (*d1 == '<' || *d1 == '>')) {
		sign = *d1;
		d1++, n1--;
		trim(&d1, &n1);
	} else if (n1) {
		const char *dash = memchr(d1, '-', n1);
		if (dash) {
			d2 = dash + 1;
			n2 = n1 - (size_t)(d2 - d1);
			n1 = (size_t)(dash - d1);
			trim(&d1, &n1);
			trim(&d2, &n2);
		}
	}
	if ((sign || d2) && !n1)
		return bad(p, p->line, "not a date", spec, sn);
	if (n1 && legacy_date(d1, n1, sign == '<' ? &to : &from))
		return bad(p, p->line, "not a date", d1, n1);
	if (d2 && !n2)
		return bad(p, p->line, "not a date", spec, sn);
	if (d2 && legacy_date(d2, n2, &to))
		return bad(p, p->line, "not a date", d2, n2);
	if (cn == 3 && memcmp(code, "---", 3) == 0)
		return DYAD_OK;
	return built(p, lex_actor_code(p->lex, p->actor, code, cn, from, to),
		     p->line, "not an actor code", code, cn);
}

/* The "[...] [...]" groups after a name, or on a date restriction line.
 * A bad group is skipped; the others are kept. */
static int actor_groups(struct lp *p, const char *s, size_t n)
{
	int status = DYAD_OK;

	trim(&s, &n);
	while (n) {
		const char *close;
		size_t len;
		int rc;

		if (*s != '[')
			return bad(p, p->line, "text after the codes", s, n);
		close = memchr(s, ']', n);
		len = close ? (size_t)(close - s) : n;
		if (!close || memchr(s + 1, '[', len - 1))
			return bad(p, p->line, "unbalanced brackets", s, n);
		rc = actor_group(p, s + 1, len - 1);
		if (rc == DYAD_EPARSE)
			status = rc;
		else if (rc)
			return rc;
		s = close + 1;
		n -= len + 1;
		trim(&s, &n);
	}
	return status;
}

/*
 * PETRARCH actors: an entry opens with a name line, "NAME_ [CODE]" or a
 * bare "NAME_", may add "+ALIAS" lines, and may add tab-indented date
 * restriction lines "[CODE 990809-000507]".  TABARI's one-line entries,
 * "NAME [CODE] [CODE date]", are the same name line.  Names join words
 * with '_' and go to the builder as they are.
 */
static int actor_line(struct lp *p, const char *s, size_t n)
{
	const char *name = s, *b;
	size_t nn;
	int indented = is_ws(*s), rc;

	trim(&s, &n);
	if (*s == '[') {
		if (!p->has_actor)
			return bad(p, p->line, "date restriction outside any actor", s, n);
		return actor_groups(p, s, n);
	}
	if (indented)
		return bad(p, p->line, "indented line is neither a [CODE] nor a comment", s, n);
	if (*s == '+') {
		if (!p->has_actor)
			return bad(p, p->line, "alias outside any actor", s, n);
		if (memchr(s, '[', n))
			return bad(p, p->line, "an alias takes no code", s, n);
		if (memchr(s, ']', n))
			return bad(p, p->line, "unbalanced brackets", s, n);
		name = s + 1;
		nn = n - 1;
		trim(&name, &nn);
		lex_at_line(p->lex, p->line);
		return built(p, lex_actor_name(p->lex, p->actor, name, nn), p->line,
			     "alias is empty, over 16 words or bad UTF-8", name, nn);
	}
	b = memchr(s, '[', n);
	name = s;
	nn = b ? (size_t)(b - s) : n;
	trim(&name, &nn);
	if (memchr(name, ']', nn))
		return bad(p, p->line, "unbalanced brackets", s, n);
	rc = lex_actor_new(p->lex, name, nn, 0, &p->actor);
	if (rc)
		return rc;
	p->has_actor = 1;
	lex_at_line(p->lex, p->line);
	rc = built(p, lex_actor_name(p->lex, p->actor, name, nn), p->line,
		   "name is over 16 words or bad UTF-8", name, nn);
	if (rc && rc != DYAD_EPARSE)
		return rc;
	if (b) {
		int rc2 = actor_groups(p, b, n - (size_t)(b - s));
		if (rc2)
			return rc2;
	}
	return rc;
}

/* ---- agents ------------------------------------------------------------ */

/* "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON" */
static int agent_subst(struct lp *p, const char *s, size_t n)
{
	const char *eq = memchr(s, '=', n), *v;
	struct subst *st;
	size_t k, vn;

	k = (size_t)(eq - s);
	while (k && is_ws(s[k - 1]))
		k--;
	if (k < 3 || s[k - 1] != '!')
		return bad(p, p->line, "not a substitution set: want !NAME! = A, B", s, n);
	for (vn = 1; vn + 1 < k; vn++)
		if (!is_alnum(s[vn]) && s[vn] != '_')
			return bad(p, p->line, "not a substitution set name", s, k);
	if (p->n_subst == LEGACY_MAX_SUBST)
		return bad(p, p->line, "too many substitution sets", s, k);
	st = &p->subst[p->n_subst];
	st->name.s = s + 1;
	st->name.n = k - 2;
	st->n = 0;
	v = eq + 1;
	vn = n - (size_t)(v - s);
	while (vn) {
		const char *comma = memchr(v, ',', vn);
		size_t len = comma ? (size_t)(comma - v) : vn;
		const char *e = v;
		size_t en = len;

		trim(&e, &en);
		if (!en)
			return bad(p, p->line, "empty value in a substitution set", s, n);
		if (st->n == LEGACY_MAX_VALUES)
			return bad(p, p->line, "too many values in a substitution set", s, n);
		st->vals[st->n].s = e;
		st->vals[st->n].n = en;
		st->n++;
		if (!comma)
			break;
		v = comma + 1;
		vn -= len + 1;
	}
	if (!st->n)
		return bad(p, p->line, "substitution set without values", s, n);
	p->n_subst++;
	return DYAD_OK;
}

static const struct subst *subst_find(const struct lp *p, const char *s, size_t n)
{
	uint32_t i;

	for (i = 0; i < p->n_subst; i++)
		if (same_nocase(p->subst[i].name.s, p->subst[i].name.n, s, n))
			return &p->subst[i];
	return NULL;
}

/*
 * Add an agent phrase, expanding its !SET! markers: each value of a set
 * replaces every occurrence of its marker, as text, so CONGRESS!PERSON!
 * gives CONGRESSMAN, CONGRESSMEN...  PETRARCH makes no plurals of an
 * expanded entry nor of one with an empty "{}", which here means its last
 * word matches only as written.
 */
static int agent_phrase(struct lp *p, const char *s, size_t n, int no_plural,
			const char *code, size_t code_n, enum lex_agent_place place)
{
	const struct subst *marks[LEGACY_MAX_MARKERS];
	uint32_t idx[LEGACY_MAX_MARKERS] = { 0 };
	size_t n_marks = 0, i;
	char buf[LEGACY_PHRASE];

	for (i = 0; i < n; i++) {
		const char *end;
		const struct subst *st;
		size_t k, m;

		if (s[i] != '!')
			continue;
		end = memchr(s + i + 1, '!', n - i - 1);
		if (!end)
			return bad(p, p->line, "unbalanced '!' in a substitution marker", s, n);
		k = (size_t)(end - s - i - 1);
		st = subst_find(p, s + i + 1, k);
		if (!st)
			return bad(p, p->line, "undefined substitution set", s + i, k + 2);
		for (m = 0; m < n_marks && marks[m] != st; m++)
			;
		if (m == n_marks) {
			if (n_marks == LEGACY_MAX_MARKERS)
				return bad(p, p->line, "too many substitution sets in one entry", s, n);
			marks[n_marks++] = st;
		}
		i += k + 1;
	}
	if (n_marks)
		no_plural = 1;
	for (;;) {
		size_t o = 0;
		int rc;

		for (i = 0; i < n; i++) {
			const char *v = s + i;
			size_t vn = 1;

			if (s[i] == '!') {
				const char *end = memchr(s + i + 1, '!', n - i - 1);
				const struct subst *st = subst_find(p, s + i + 1,
								   (size_t)(end - s - i - 1));
				size_t m;

				for (m = 0; marks[m] != st; m++)
					;
				v = st->vals[idx[m]].s;
				vn = st->vals[idx[m]].n;
				i = (size_t)(end - s);
			}
			if (o + vn + 2 > sizeof(buf))
				return bad(p, p->line, "agent phrase too long", s, n);
			memcpy(buf + o, v, vn);
			o += vn;
		}
		while (o && is_ws(buf[o - 1]))
			o--;
		if (no_plural && o && buf[o - 1] != '_')
			buf[o++] = '_';
		rc = built(p, lex_agent_add(p->lex, buf, o, code, code_n, place),
			   p->line, "agent phrase is empty, over 16 words or bad UTF-8", s, n);
		if (rc)
			return rc;
		/* Next combination of marker values, odometer style. */
		for (i = 0; i < n_marks; i++) {
			if (++idx[i] < marks[i]->n)
				break;
			idx[i] = 0;
		}
		if (i == n_marks)
			return DYAD_OK;
	}
}

/*
 * "PHRASE {PLURALS} [~CODE]": suffix agents ("[~GOV]": PRK + GOV), prefix
 * agents ("[IGO~]"), explicit plurals in braces, "{}" for none.  Words
 * joined by a space may in PETRARCH have others between them; here, as
 * everywhere in the lexicon, they must follow each other.
 */
static int agent_line(struct lp *p, const char *s, size_t n)
{
	const char *b, *close, *brace = NULL, *code;
	size_t pn, bn = 0, cn;
	enum lex_agent_place place;
	int rc;

	trim(&s, &n);
	if (*s == '!' && memchr(s, '=', n))
		return agent_subst(p, s, n);
	b = memchr(s, '[', n);
	if (!b) {
		if (memchr(s, ']', n))
			return bad(p, p->line, "unbalanced brackets", s, n);
		return bad(p, p->line, "agent without a [~CODE]", s, n);
	}
	close = memchr(b, ']', n - (size_t)(b - s));
	if (!close || memchr(b + 1, '[', (size_t)(close - b - 1)))
		return bad(p, p->line, "unbalanced brackets", s, n);
	if ((size_t)(close - s) + 1 != n)
		return bad(p, p->line, "text after the agent code", s, n);
	code = b + 1;
	cn = (size_t)(close - code);
	trim(&code, &cn);
	if (cn >= 2 && code[0] == '~') {
		place = LEX_AGENT_SUFFIX;
		code++, cn--;
	} else if (cn >= 2 && code[cn - 1] == '~') {
		place = LEX_AGENT_PREFIX;
		cn--;
	} else {
		return bad(p, p->line, "not an agent code: want [~CODE] or [CODE~]", b, (size_t)(close - b) + 1);
	}
	if (!name_code(code, cn, 0))
		return bad(p, p->line, "not an agent code", b, (size_t)(close - b) + 1);
	pn = (size_t)(b - s);
	brace = memchr(s, '{', pn);
	if (brace) {
		const char *cb = memchr(brace, '}', pn - (size_t)(brace - s));
		const char *after;
		size_t an;

		if (!cb)
			return bad(p, p->line, "unbalanced braces", s, n);
		after = cb + 1;
		an = (size_t)(b - after);
		trim(&after, &an);
		if (an)
			return bad(p, p->line, "text between the plurals and the code", s, n);
		bn = (size_t)(cb - brace - 1);
		pn = (size_t)(brace - s);
	} else if (memchr(s, '}', pn)) {
		return bad(p, p->line, "unbalanced braces", s, n);
	}
	{
		const char *ph = s;
		trim(&ph, &pn);
		if (!pn)
			return bad(p, p->line, "agent without a phrase", s, n);
		rc = agent_phrase(p, ph, pn, brace && !bn, code, cn, place);
		if (rc)
			return rc;
	}
	if (brace && bn) {
		const char *t = brace + 1;

		while (bn) {
			size_t k = 0;

			while (bn && (is_ws(*t) || *t == ','))
				t++, bn--;
			while (k < bn && !is_ws(t[k]) && t[k] != ',')
				k++;
			if (k && (rc = agent_phrase(p, t, k, 0, code, cn, place)))
				return rc;
			t += k;
			bn -= k;
		}
	}
	return DYAD_OK;
}

/* ---- discards and issues --------------------------------------------- */

/* "PHRASE" discards a sentence, "+PHRASE" the whole story. */
static int discard_line(struct lp *p, const char *s, size_t n)
{
	int story = 0;

	trim(&s, &n);
	if (*s == '+') {
		story = 1;
		s++, n--;
		trim(&s, &n);
	}
	if (memchr(s, '[', n) || memchr(s, ']', n))
		return bad(p, p->line, "a discard takes no code", s, n);
	return built(p, lex_discard_add(p->lex, s, n, story), p->line,
		     "discard is empty, over 16 words or bad UTF-8", s, n);
}

/*
 * PETRARCH's issues: "phrase [CODE]" inside <ISSUE CATEGORY=...> tags,
 * which only group.  "n:" and "v:" before a word asked PETRARCH for its
 * noun or verb forms, which the lexicon matches anyway; "a+b" stands for
 * both "a b" and "a-b".  "~phrase" and "~~phrase" are stop phrases: the
 * first keeps shorter issues inside it from matching ("~a head start"),
 * the second drops every issue of the sentence; they go in with the codes
 * "~" and "~~".  A line with no code is skipped, as PETRARCH does, and so
 * is text after the code ("[NAMED_TERROR_GROUP]*******").
 */
static int issue_line(struct lp *p, const char *s, size_t n)
{
	const char *code, *b;
	size_t cn, pn, i, o[2] = { 0, 0 };
	char buf[2][LEGACY_PHRASE];
	int plus = 0, rc;

	buf[0][0] = buf[1][0] = '\0';
	trim(&s, &n);
	if (*s == '<')
		return DYAD_OK;
	if (starts(s, n, "~~")) {
		code = "~~", cn = 2;
		s += 2, pn = n - 2;
	} else if (*s == '~') {
		code = "~", cn = 1;
		s += 1, pn = n - 1;
	} else {
		const char *close;

		b = memchr(s, '[', n);
		if (!b) {
			if (memchr(s, ']', n))
				return bad(p, p->line, "unbalanced brackets", s, n);
			return DYAD_OK;
		}
		close = memchr(b, ']', n - (size_t)(b - s));
		if (!close)
			return bad(p, p->line, "unbalanced brackets", s, n);
		code = b + 1;
		cn = (size_t)(close - code);
		trim(&code, &cn);
		if (!name_code(code, cn, 1))
			return bad(p, p->line, "not an issue code", b, (size_t)(close - b) + 1);
		pn = (size_t)(b - s);
	}
	for (i = 0; i < pn; i++) {
		char c = s[i];
		int word_start = i == 0 || is_ws(s[i - 1]) || s[i - 1] == '+';

		if (word_start && i + 1 < pn && (c == 'n' || c == 'v') && s[i + 1] == ':') {
			i++;
			continue;
		}
		if (o[0] + 1 >= sizeof(buf[0]))
			return bad(p, p->line, "issue phrase too long", s, pn);
		if (c == '+')
			plus = 1;
		buf[0][o[0]++] = c == '+' ? ' ' : c;
		buf[1][o[1]++] = c == '+' ? '-' : c;
	}
	rc = built(p, lex_issue_add(p->lex, buf[0], o[0], code, cn), p->line,
		   "issue phrase is empty, over 16 words or bad UTF-8", s, pn);
	if (!rc && plus)
		rc = built(p, lex_issue_add(p->lex, buf[1], o[1], code, cn), p->line,
			   "issue phrase is empty, over 16 words or bad UTF-8", s, pn);
	return rc;
}

/* ---- verbs ------------------------------------------------------------- */

static struct vblock *cur_block(struct lp *p)
{
	return p->blocks.n ? &p->blocks.v[p->blocks.n - 1] : NULL;
}

static int new_block(struct lp *p, const char *label, size_t n)
{
	struct vblock *b = PUSH(p->blocks);

	if (!b)
		return DYAD_ENOMEM;
	b->label.s = label;
	b->label.n = n;
	b->first = (uint32_t)p->classes.n;
	b->n = 0;
	b->dead = 0;
	p->in_block = 1;
	return DYAD_OK;
}

/* A class of the current block; label is its display name. */
static int new_class(struct lp *p, const char *label, size_t n,
		     const char *code, const char *code2, uint32_t line)
{
	struct vclass *c;
	uint32_t id;
	int rc;

	rc = lex_class_new(p->lex, LEX_VERB, label, n, code[0] ? code : NULL, &id);
	if (rc)
		return rc;
	if (!(c = PUSH(p->classes)))
		return DYAD_ENOMEM;
	c->id = id;
	c->line = line;
	memcpy(c->code, code, sizeof(c->code));
	memcpy(c->code2, code2, sizeof(c->code2));
	cur_block(p)->n++;
	return DYAD_OK;
}

/* Explicit forms "{SPEEDING SPEEDS SPED }": of a multi-word verb,
 * "{+ASKED_FOR +ASKING_FOR}", only the first word is an inflection. */
static int add_forms(struct lp *p, const struct vhead *h, char *fbuf,
		     size_t *used, const char **forms, size_t *n_forms)
{
	const char *t = h->forms.s;
	size_t n = h->forms.n;

	while (n) {
		size_t k = 0, w;

		while (n && (is_ws(*t) || *t == ',' || *t == '+'))
			t++, n--;
		while (k < n && !is_ws(t[k]) && t[k] != ',')
			k++;
		for (w = 0; w < k && t[w] != '_'; w++)
			;
		if (w) {
			if (*n_forms == LEGACY_MAX_FORMS || *used + w + 1 > LEGACY_FORMS_BYTES)
				return bad(p, h->line, "too many forms", h->forms.s, h->forms.n);
			memcpy(fbuf + *used, t, w);
			fbuf[*used + w] = '\0';
			forms[(*n_forms)++] = fbuf + *used;
			*used += w + 1;
		}
		t += k;
		n -= k;
	}
	return DYAD_OK;
}

/* The block is complete: give its verbs to their classes, one head for
 * a verb listed twice ("BRING" and "BRING {BRINGS BRINGING BROUGHT}"), and
 * give each class with a paired code a bare "*" pattern carrying the
 * pair, since a class's own code has no second half. */
static int flush_block(struct lp *p)
{
	struct vblock *b = cur_block(p);
	size_t i, j;
	int rc = DYAD_OK;

	for (i = 0; i < p->heads.n; i++) {
		struct vhead *h = &p->heads.v[i];
		char fbuf[LEGACY_FORMS_BYTES];
		const char *forms[LEGACY_MAX_FORMS];
		size_t used = 0, n_forms = 0;

		if (!h->phrase.s)
			continue;
		rc = add_forms(p, h, fbuf, &used, forms, &n_forms);
		for (j = i + 1; !rc && j < p->heads.n; j++) {
			struct vhead *g = &p->heads.v[j];
			if (g->phrase.s && g->cls == h->cls &&
			    same_nocase(g->phrase.s, g->phrase.n, h->phrase.s, h->phrase.n)) {
				rc = add_forms(p, g, fbuf, &used, forms, &n_forms);
				g->phrase.s = NULL;
			}
		}
		if (!rc)
			rc = built(p, lex_class_head(p->lex, p->classes.v[h->cls].id,
						     h->phrase.s, h->phrase.n, forms, n_forms),
				   h->line, "verb or its forms empty, over 16 words or bad UTF-8",
				   h->phrase.s, h->phrase.n);
		if (rc && rc != DYAD_EPARSE)
			return rc;
	}
	p->heads.n = 0;
	if (!b)
		return DYAD_OK;
	for (i = b->first; i < b->first + b->n; i++) {
		const struct vclass *c = &p->classes.v[i];
		struct lex_elem star = { LEX_EL_HEAD, 0, 0 };

		if (!c->code2[0])
			continue;
		rc = lex_pattern_add(p->lex, c->id, &star, 1, c->code, c->code2,
				     p->path, c->line);
		if (rc)
			return rc;
	}
	return DYAD_OK;
}

/* "---  ACCELERATE   [---]  ---"; the reference file also has
 * "---  DELAY   [120]---  ---", read the same. */
static int verb_header(struct lp *p, const char *s, size_t n)
{
	const char *label, *b, *close, *rest;
	size_t ln, rn, i;
	char code[8], code2[8];
	int rc;

	if ((rc = flush_block(p)))
		return rc;
	p->in_set = 0;
	label = s;
	ln = n;
	while (ln && (*label == '-' || is_ws(*label)))
		label++, ln--;
	/* A bad header still opens a block, a dead one, so that its verbs
	 * and patterns are dropped with it rather than each reported. */
	if ((rc = new_block(p, s, n)))
		return rc;
	cur_block(p)->dead = 1;
	b = memchr(label, '[', ln);
	if (!b)
		return bad(p, p->line, "block header without a [code]; its block is skipped", s, n);
	close = memchr(b, ']', ln - (size_t)(b - label));
	rest = close ? close + 1 : NULL;
	rn = close ? n - (size_t)(rest - s) : 0;
	for (i = 0; i < rn; i++)
		if (rest[i] != '-' && !is_ws(rest[i]))
			break;
	ln = (size_t)(b - label);
	trim(&label, &ln);
	if (!close || i < rn || memchr(b + 1, '[', (size_t)(close - b - 1)))
		return bad(p, p->line, "malformed block header; its block is skipped", s, n);
	if (!ln)
		return bad(p, p->line, "block header without a name; its block is skipped", s, n);
	if (event_code(b + 1, (size_t)(close - b - 1), code, code2))
		return bad(p, p->line, "not an event code; its block is skipped", b,
			   (size_t)(close - b) + 1);
	cur_block(p)->dead = 0;
	cur_block(p)->label.s = label;
	cur_block(p)->label.n = ln;
	return new_class(p, label, ln, code, code2, p->line);
}

/*
 * A verb line: "SPEED {SPEEDING SPEEDS SPED } [code] # comment".  A
 * multi-word verb marks its verb with '+' and joins its particles with
 * '_': "+CALL_OFF".  PETRARCH also allows words before the verb
 * ("RE_+EXAMINE"); the lexicon's heads begin with their verb, so that is
 * refused.  A verb with a code of its own that differs from its block's
 * goes to a sibling class with that code, which gets the block's patterns
 * too: in PETRARCH the verb's code is its default, the block's patterns
 * apply to all its verbs.
 */
static int verb_head(struct lp *p, const char *s, size_t n)
{
	struct span phrase, forms = { NULL, 0 }, cspan = { NULL, 0 };
	const char *t;
	size_t k, tn;
	char code[8] = "", code2[8] = "";
	struct vblock *blk;
	struct vhead *h;
	uint32_t slot;
	int rc;

	p->in_set = 0;
	if (p->dialect == DIALECT_TABARI) {
		/* Each verb opens an entry; a malformed one a dead entry, so
		 * that its patterns go with it and not to the verb above. */
		if ((rc = flush_block(p)) || (rc = new_block(p, s, n)))
			return rc;
		cur_block(p)->dead = 1;
	} else if (!p->in_block) {
		return bad(p, p->line, "verb outside any --- block", s, n);
	}
	for (k = 0; k < n && s[k] != '{' && s[k] != '[' &&
	     !(p->dialect == DIALECT_TABARI && s[k] == '<'); k++)
		if (s[k] == '}' || s[k] == ']' || s[k] == '(' || s[k] == ')')
			return bad(p, p->line, "unbalanced brackets", s, n);
	phrase.s = s;
	phrase.n = k;
	trim(&phrase.s, &phrase.n);
	t = s + k;
	tn = n - k;
	while (tn) {
		char open = *t, shut = open == '{' ? '}' : open == '<' ? '>' : ']';
		const char *close;
		struct span *into = open == '[' ? &cspan : &forms;

		if (open != '{' && open != '[' &&
		    !(open == '<' && p->dialect == DIALECT_TABARI))
			return bad(p, p->line, "unexpected text after the verb", t, tn);
		close = memchr(t, shut, tn);
		if (!close || into->s || memchr(t + 1, open, (size_t)(close - t - 1)))
			return bad(p, p->line, "unbalanced brackets", s, n);
		into->s = t + 1;
		into->n = (size_t)(close - t - 1);
		tn -= (size_t)(close - t) + 1;
		t = close + 1;
		trim(&t, &tn);
	}
	if (phrase.n && *phrase.s == '+')
		phrase.s++, phrase.n--;
	if (!phrase.n)
		return bad(p, p->line, "verb line without a verb", s, n);
	if (memchr(phrase.s, '+', phrase.n))
		return bad(p, p->line, "words before the verb are not supported", phrase.s, phrase.n);
	if (cspan.s && event_code(cspan.s, cspan.n, code, code2))
		return bad(p, p->line, "not an event code", cspan.s - 1, cspan.n + 2);
	blk = cur_block(p);
	if (p->dialect == DIALECT_TABARI) {
		blk->dead = 0;
		blk->label = phrase;
		if ((rc = new_class(p, phrase.s, phrase.n, code, code2, p->line)))
			return rc;
	}
	if (blk->dead)
		return DYAD_OK;
	slot = blk->first;
	if (cspan.s) {
		for (; slot < blk->first + blk->n; slot++)
			if (!strcmp(p->classes.v[slot].code, code) &&
			    !strcmp(p->classes.v[slot].code2, code2))
				break;
		if (slot == blk->first + blk->n) {
			char label[160];
			int ln = snprintf(label, sizeof(label), "%.*s [%s%s%s]",
					  (int)(blk->label.n > 100 ? 100 : blk->label.n),
					  blk->label.s, code, code2[0] ? ":" : "", code2);
			if ((rc = new_class(p, label, (size_t)ln, code, code2, p->line)))
				return rc;
		}
	}
	if (!(h = PUSH(p->heads)))
		return DYAD_ENOMEM;
	h->phrase = phrase;
	h->forms = forms;
	h->cls = slot;
	h->line = p->line;
	return DYAD_OK;
}

static int push_elem(struct lp *p, uint8_t kind, uint8_t flags,
		     const char *s, size_t n, size_t first)
{
	struct pel *e;

	if (p->pels.n - first == LEGACY_MAX_ELEMS)
		return DYAD_EPARSE;
	if (!(e = PUSH(p->pels)))
		return DYAD_ENOMEM;
	e->kind = kind;
	e->flags = flags;
	e->off = (uint32_t)(s - p->text);
	e->len = (uint32_t)n;
	return DYAD_OK;
}

/*
 * One blank-separated token of a pattern.  '_' joins words that must
 * follow each other, which is all the lexicon knows, so it splits like a
 * blank; a trailing '_' marks the word exact.  "*SCEPTICAL" and
 * "SPY_*_DEAL" occur in CAMEO 2.0 and read as two and three elements.
 */
static int pattern_token(struct lp *p, const char *t, size_t n, size_t first,
			 int *n_heads)
{
	size_t k = 0;
	int rc = DYAD_OK;

	while (k < n && !rc) {
		char c = t[k];
		size_t start, w;
		uint8_t flags = 0;

		if (c == '_') {
			k++;
			continue;
		}
		if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
			static const char marks[] = "*$+%^";
			static const uint8_t kinds[] = { LEX_EL_HEAD, LEX_EL_SOURCE,
				LEX_EL_TARGET, LEX_EL_COMPOUND, LEX_EL_SKIP };
			*n_heads += c == '*';
			rc = push_elem(p, kinds[strchr(marks, c) - marks], 0, t + k, 1, first);
			k++;
			continue;
		}
		if (c == '&') {
			start = ++k;
			while (k < n && (is_alnum(t[k]) || t[k] == '_' || t[k] == '-'))
				k++;
			if (k == start)
				return bad(p, p->line, "'&' without a set name", t, n);
			rc = push_elem(p, LEX_EL_SYNSET, 0, t + start, k - start, first);
			continue;
		}
		start = k;
		while (k < n && t[k] != '_' && t[k] != '*')
			k++;
		w = k - start;
		while (k < n && t[k] == '_')
			k++;
		if (k == n && k > start + w)
			flags = LEX_EL_EXACT;
		if (memchr(t + start, '/', w)) {
			if (t[start] == '/' || t[start + w - 1] == '/' ||
			    memmem(t + start, w, "//", 2))
				return bad(p, p->line, "empty alternative", t + start, w);
			rc = push_elem(p, EL_ALT, flags, t + start, w, first);
		} else {
			rc = push_elem(p, LEX_EL_WORD, flags, t + start, w, first);
		}
	}
	if (rc == DYAD_EPARSE)
		return bad(p, p->line, "pattern has more than 64 elements", t, n);
	return rc;
}

/* The elements of a pattern, flattened: "(...)" and "{...}" group
 * prepositional and noun phrases for PETRARCH's parser, which dyad does
 * not use; they need only balance. */
static int pattern_elems(struct lp *p, const char *s, size_t n)
{
	char stack[LEGACY_MAX_ELEMS];
	size_t depth = 0, i = 0, first = p->pels.n;
	int n_heads = 0, rc;

	while (i < n) {
		char c = s[i];
		size_t j;

		if (is_ws(c)) {
			i++;
			continue;
		}
		if (c == '(' || c == '{') {
			if (depth == sizeof(stack))
				return bad(p, p->line, "brackets nested too deep", s, n);
			stack[depth++] = c;
			i++;
			continue;
		}
		if (c == ')' || c == '}') {
			if (!depth || stack[--depth] != (c == ')' ? '(' : '{'))
				return bad(p, p->line, "unbalanced brackets", s, n);
			i++;
			continue;
		}
		for (j = i; j < n && !is_ws(s[j]) && !strchr("(){}", s[j]); j++)
			;
		if ((rc = pattern_token(p, s + i, j - i, first, &n_heads)))
			return rc;
		i = j;
	}
	if (depth)
		return bad(p, p->line, "unbalanced brackets", s, n);
	if (n_heads != 1)
		return bad(p, p->line, "a pattern needs exactly one '*'", s, n);
	return DYAD_OK;
}

/* "- * (TO)   [042:043]   # RUSH": kept until the file is read. */
static int verb_pattern(struct lp *p, const char *s, size_t n)
{
	const char *b, *close = NULL;
	struct pat *pt;
	size_t first = p->pels.n, body;
	char code[8] = "", code2[8] = "";
	int rc;

	trim(&s, &n);
	p->in_set = 0;
	if (!p->in_block)
		return bad(p, p->line, "pattern outside any verb block", s, n);
	if (cur_block(p)->dead)
		return DYAD_OK;
	b = memchr(s, '[', n);
	if (b) {
		const char *after;
		size_t an;

		close = memchr(b, ']', n - (size_t)(b - s));
		if (!close || memchr(b + 1, '[', (size_t)(close - b - 1)))
			return bad(p, p->line, "unbalanced brackets", s, n);
		after = close + 1;
		an = n - (size_t)(after - s);
		trim(&after, &an);
		if (an)
			return bad(p, p->line, "text after the code", s, n);
		if (event_code(b + 1, (size_t)(close - b - 1), code, code2))
			return bad(p, p->line, "not an event code", b, (size_t)(close - b) + 1);
		body = (size_t)(b - s);
		while (body && is_ws(s[body - 1]))
			body--;
	} else {
		if (memchr(s, ']', n))
			return bad(p, p->line, "unbalanced brackets", s, n);
		body = n;
	}
	rc = pattern_elems(p, s, body);
	if (rc) {
		p->pels.n = first;
		return rc;
	}
	if (!(pt = PUSH(p->pats)))
		return DYAD_ENOMEM;
	pt->block = (uint32_t)(p->blocks.n - 1);
	pt->line = p->line;
	pt->first = (uint32_t)first;
	pt->n = (uint32_t)(p->pels.n - first);
	memcpy(pt->code, code, sizeof(code));
	memcpy(pt->code2, code2, sizeof(code2));
	return DYAD_OK;
}

/* "&CURRENCY" opens a synonym set; its "+MEMBER" lines follow. */
static int verb_set(struct lp *p, const char *s, size_t n)
{
	size_t i;

	trim(&s, &n);
	if (!n)
		return bad(p, p->line, "'&' without a set name", s, n);
	for (i = 0; i < n; i++)
		if (!is_alnum(s[i]) && s[i] != '_' && s[i] != '-')
			return bad(p, p->line, "not a set name", s, n);
	p->set.s = s;
	p->set.n = n;
	p->in_set = 1;
	return DYAD_OK;
}

static int set_member(struct lp *p, const char *s, size_t n)
{
	trim(&s, &n);
	return built(p, lex_synset_add(p->lex, p->set.s, p->set.n, s, n), p->line,
		     "set member is empty, over 16 words or bad UTF-8", s, n);
}

static int verb_line(struct lp *p, const char *s, size_t n)
{
	trim(&s, &n);
	/* The TRANSFORMATIONS at the end of CAMEO 2.0, "~ a (a b ATTACK) SAY
	 * = a b 015", recode reported speech from PETRARCH's parse tree.
	 * dyad's clause analysis finds the speaker and the reported event
	 * itself, so they are counted and skipped. */
	if (*s == '~') {
		p->n_transforms++;
		return DYAD_OK;
	}
	if (starts(s, n, "---"))
		return verb_header(p, s, n);
	if (*s == '-')
		return verb_pattern(p, s + 1, n - 1);
	if (*s == '&')
		return verb_set(p, s + 1, n - 1);
	if (*s == '+' && p->in_set)
		return set_member(p, s + 1, n - 1);
	return verb_head(p, s, n);
}

/* A synonym set standing for "A/B": either word.  It is named by the
 * text, which no set of the file can be, for their names have no '/'. */
static int alt_set(struct lp *p, const char *s, size_t n, int exact, uint32_t *id)
{
	size_t k = 0;

	if (lex_synset_id(p->lex, s, n, id) == DYAD_OK)
		return DYAD_OK;
	while (k <= n) {
		char buf[256];
		size_t w = 0, m;
		int rc;

		while (k + w < n && s[k + w] != '/')
			w++;
		if (w + 2 > sizeof(buf))
			return DYAD_EPARSE;
		memcpy(buf, s + k, w);
		m = w;
		if (exact)
			buf[m++] = '_';
		rc = lex_synset_add(p->lex, s, n, buf, m);
		if (rc)
			return rc;
		k += w + 1;
	}
	return lex_synset_id(p->lex, s, n, id);
}

/* The file is read: resolve the patterns' words and sets, and give each
 * pattern to every class of its block. */
static int verbs_finish(struct lp *p)
{
	size_t i, j;
	int rc = flush_block(p);

	for (i = 0; !rc && i < p->pats.n; i++) {
		const struct pat *pt = &p->pats.v[i];
		const struct vblock *b = &p->blocks.v[pt->block];
		struct lex_elem el[LEGACY_MAX_ELEMS];

		for (j = 0; !rc && j < pt->n; j++) {
			const struct pel *e = &p->pels.v[pt->first + j];
			const char *t = p->text + e->off;

			el[j].kind = e->kind;
			el[j].flags = e->flags;
			el[j].id = 0;
			if (e->kind == LEX_EL_WORD) {
				el[j].id = lex_word(p->lex, t, e->len);
				if (el[j].id == LEX_NONE)
					rc = bad(p, pt->line, "unreadable word", t, e->len);
			} else if (e->kind == LEX_EL_SYNSET) {
				if (lex_synset_id(p->lex, t, e->len, &el[j].id))
					rc = bad(p, pt->line, "undefined synonym set", t - 1, e->len + 1);
			} else if (e->kind == EL_ALT) {
				el[j].kind = LEX_EL_SYNSET;
				el[j].flags = 0;
				rc = built(p, alt_set(p, t, e->len, e->flags & LEX_EL_EXACT, &el[j].id),
					   pt->line, "unreadable alternatives", t, e->len);
			}
		}
		if (rc == DYAD_EPARSE) {
			rc = DYAD_OK;
			continue;
		}
		for (j = b->first; !rc && j < b->first + b->n; j++)
			rc = built(p, lex_pattern_add(p->lex, p->classes.v[j].id, el, pt->n,
						     pt->code[0] ? pt->code : NULL,
						     pt->code2[0] ? pt->code2 : NULL,
						     p->path, pt->line),
				   pt->line, "pattern refused", "", 0);
		if (rc == DYAD_EPARSE)
			rc = DYAD_OK;
	}
	return rc;
}

/* ---- files ------------------------------------------------------------- */

/*
 * Which kind of dictionary a legacy file is.  Issues have <ISSUE> tags;
 * verb files have block headers, patterns or synonym sets; agents have
 * "~" in their codes or !SET! substitutions; actors have codes in
 * brackets that are not event codes; discards have no brackets at all.
 */
static enum legacy_kind file_kind(const char *text, size_t len)
{
	const char *s = text, *end = text + len;
	int actors = 0, verbs = 0;

	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
		const char *t = s, *b;

		s = nl ? nl + 1 : end;
		n = strip_comment(t, n);
		trim(&t, &n);
		if (!n || starts(t, n, "<!"))
			continue;
		if (starts(t, n, "<ISSUE") || starts(t, n, "</ISSUE"))
			return KIND_ISSUES;
		if (*t == '-' || *t == '&')
			return KIND_VERBS;
		if (*t == '!' && memchr(t, '=', n))
			return KIND_AGENTS;
		b = memchr(t, '[', n);
		if (b) {
			const char *close = memchr(b, ']', n - (size_t)(b - t));
			if (b + 1 < t + n && b[1] == '~')
				return KIND_AGENTS;
			if (close && close > b + 1 && close[-1] == '~')
				return KIND_AGENTS;
			if (b + 1 < t + n && (is_digit(b[1]) || b[1] == '-' || b[1] == ':'))
				verbs++;
			else
				actors++;
		}
	}
	if (actors)
		return KIND_ACTORS;
	return verbs ? KIND_VERBS : KIND_DISCARDS;
}

static int one_line(struct lp *p, const char *s, size_t n)
{
	const char *t = s;
	size_t tn;

	n = strip_comment(s, n);
	while (n && is_ws(s[n - 1]))
		n--;
	tn = n;
	trim(&t, &tn);
	if (!tn || starts(t, tn, "<!"))
		return DYAD_OK;
	if (starts(t, tn, "~~FINISH"))
		return LEGACY_STOP;
	switch (p->kind) {
	case KIND_ACTORS:
		return actor_line(p, s, n);
	case KIND_AGENTS:
		return agent_line(p, t, tn);
	case KIND_VERBS:
		return verb_line(p, t, tn);
	case KIND_ISSUES:
		return issue_line(p, t, tn);
	case KIND_DISCARDS:
		break;
	}
	return discard_line(p, t, tn);
}

static int legacy_load(dyad_lexicon *lex, const char *path, const char *text,
		       size_t len, dyad_error *err, enum legacy_dialect dialect)
{
	struct lp *p;
	const char *s = text, *end = text + len, *nul;
	uint32_t limit;
	int rc = DYAD_OK;

	if (!path)
		path = "(dictionary)";
	if (lex_at_file(lex, path))
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	nul = memchr(text, '\0', len);
	if (nul)
		return dyad_fail(err, DYAD_EPARSE, "%s: NUL byte at offset %zu: not a dictionary",
				 path, (size_t)(nul - text));
	/* The parser state holds the substitution sets: keep it off the stack. */
	p = calloc(1, sizeof(*p));
	if (!p)
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	p->lex = lex;
	p->path = path;
	p->text = text;
	p->err = err;
	p->dialect = dialect;
	p->kind = file_kind(text, len);
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);

		p->line++;
		rc = one_line(p, s, n);
		if (rc == LEGACY_STOP) {
			rc = DYAD_OK;
			break;
		}
		if (rc && rc != DYAD_EPARSE)
			break;
		rc = DYAD_OK;
		s = nl ? nl + 1 : end;
	}
	if (!rc && p->kind == KIND_VERBS)
		rc = verbs_finish(p);
	free(p->classes.v);
	free(p->blocks.v);
	free(p->heads.v);
	free(p->pats.v);
	free(p->pels.v);
	if (rc) {
		rc = dyad_fail(err, rc, "%s:%u: %s", path, p->line,
			       rc == DYAD_ENOMEM ? "out of memory" : dyad_strstatus(rc));
	} else if (p->n_bad) {
		limit = p->line / LEGACY_BAD_RATIO;
		if (limit > LEGACY_BAD_MAX)
			limit = LEGACY_BAD_MAX;
		if (p->n_bad > limit && p->n_bad == 1)
			rc = dyad_fail(err, DYAD_EPARSE, "%s", p->first);
		else if (p->n_bad > limit)
			rc = dyad_fail(err, DYAD_EPARSE, "%s (and %u more malformed line%s)",
				       p->first, p->n_bad - 1, p->n_bad > 2 ? "s" : "");
		else
			dyad_fail(err, DYAD_OK, "%s: %u malformed line%s skipped: %s",
				  path, p->n_bad, p->n_bad > 1 ? "s" : "", p->warn);
	}
	free(p);
	return rc;
}

int dict_petrarch_load(dyad_lexicon *lex, const char *path, const char *text,
		       size_t len, dyad_error *err)
{
	return legacy_load(lex, path, text, len, err, DIALECT_PETRARCH);
}

int dict_tabari_load(dyad_lexicon *lex, const char *path, const char *text,
		     size_t len, dyad_error *err)
{
	return legacy_load(lex, path, text, len, err, DIALECT_TABARI);
}

/* ---- format detection ------------------------------------------------- */

static int native_keyword(const char *s, size_t n)
{
	static const char *const words[] = {
		"actor", "person", "agent", "verb", "noun", "set", "discard", "issue",
		"junta",
	};
	size_t i, k;

	for (i = 0; i < sizeof(words) / sizeof(*words); i++) {
		k = strlen(words[i]);
		/* "discard-story" too */
		if (n >= k && memcmp(s, words[i], k) == 0 &&
		    (n == k || is_ws(s[k]) || s[k] == '-'))
			return 1;
	}
	return 0;
}

/* "!NAME! =" */
static int is_subst_def(const char *s, size_t n)
{
	size_t i = 1;

	while (i < n && (is_alnum(s[i]) || s[i] == '_'))
		i++;
	if (i == 1 || i >= n || s[i] != '!')
		return 0;
	for (i++; i < n && is_ws(s[i]); i++)
		;
	return i < n && s[i] == '=';
}

/*
 * Native files open with a keyword.  PETRARCH's show themselves by block
 * headers, "+ALIAS" lines outside a synonym set, tab-indented "[CODE"
 * lines, !SET! substitutions or <ISSUE> tags; TABARI's by "NAME [CODE]"
 * and verb lines, or patterns, with none of those.
 */
enum dyad_dict_format dict_detect(const char *text, size_t len)
{
	const char *s = text, *end = text + len;
	int first = 1, in_set = 0, tabari = 0;

	if (!text)
		return DYAD_DICT_AUTO;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
		const char *line = s, *t = s;
		size_t tn;

		s = nl ? nl + 1 : end;
		n = strip_comment(t, n);
		while (n && is_ws(t[n - 1]))
			n--;
		tn = n;
		trim(&t, &tn);
		if (!tn || starts(t, tn, "<!"))
			continue;
		if (first) {
			first = 0;
			if (native_keyword(t, tn))
				return DYAD_DICT_NATIVE;
		}
		if (*t == '[' && memchr(line, '\t', (size_t)(t - line)))
			return DYAD_DICT_PETRARCH;
		if (starts(t, tn, "---") && memchr(t, '[', tn))
			return DYAD_DICT_PETRARCH;
		if (starts(t, tn, "<ISSUE"))
			return DYAD_DICT_PETRARCH;
		if (*t == '!' && is_subst_def(t, tn))
			return DYAD_DICT_PETRARCH;
		if (*t == '&') {
			in_set = 1;
			continue;
		}
		if (*t == '+') {
			if (!in_set)
				return DYAD_DICT_PETRARCH;
			continue;
		}
		in_set = 0;
		if (*t == '-' || (memchr(t, '[', tn) && memchr(t, ']', tn)))
			tabari = 1;
	}
	return tabari ? DYAD_DICT_TABARI : DYAD_DICT_AUTO;
}
