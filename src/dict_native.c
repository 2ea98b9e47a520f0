/*
 * dict_native.c - dyad's own dictionary format.
 *
 * Line-oriented, readable and diffable; '#' starts a comment.  A record
 * starts at the left margin with a keyword; indented lines continue the
 * record above them.
 *
 *   actor   North Korea | DPRK | Pyongyang = PRK
 *   person  Vladimir Putin | Putin
 *           = RUSGOV 1999-08-16..
 *           = RUSELI ..1999-08-16
 *   person  Annalena Baerbock | Baerbock
 *           she
 *           = DEUGOV 2021-12-08..2025-05-06
 *   agent   foreign minister | foreign ministry = GOV
 *   set     weapons = missile | rocket | drone
 *   verb    visit | travel to | fly {flew flown} = 042
 *           * to + = 042
 *           $ * + = 042:043
 *   noun    visit | trip = 042
 *           * to +
 *   discard football | world cup
 *   discard-story horoscope
 *   issue   nuclear weapons = NUCLEAR
 *
 * Names and phrases are separated by '|'.  In a pattern, '*' is the verb or
 * noun itself, '+' the target, '$' the source, '^' skips a phrase, '%' a
 * compound actor, '&name' any phrase of a set, and a word ending in '_'
 * matches only as written.  Dates are YYYY-MM-DD..YYYY-MM-DD with either
 * end open.  docs/dictionaries.md has the full description.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "lexicon.h"

struct nparse {
	dyad_lexicon *lex;
	const char *path;
	uint32_t line;
	dyad_error *err;
	enum { REC_NONE, REC_ACTOR, REC_CLASS } rec;
	uint32_t id;            /* current actor or class */
	int place;              /* the current actor is a place */
	int person;             /* the current actor is a person */
	char code[32];          /* current class's code */
	const char *value;      /* agent, set and issue lines: after '=' */
	size_t value_len;
	const char *junta;      /* agent lines: the code after ", junta" */
	size_t junta_len;
};

static int perr(struct nparse *p, const char *fmt, const char *s, size_t n)
{
	char what[256];

	snprintf(what, sizeof(what), fmt, (int)(n > 80 ? 80 : n), s);
	return dyad_fail(p->err, DYAD_EPARSE, "%s:%u: %s", p->path, p->line, what);
}

static void trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t'))
		(*s)++, (*n)--;
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
		(*n)--;
}

static int is_code(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n >= 32)
		return 0;
	if (n == 3 && memcmp(s, "---", 3) == 0)
		return 1;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '~'))
			return 0;
	}
	return 1;
}

/* CAMEO event codes: two to four digits, or "---" for "do not code". */
static int is_event_code(const char *s, size_t n)
{
	size_t i;

	if (n == 3 && memcmp(s, "---", 3) == 0)
		return 1;
	if (n < 2 || n > 4)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* YYYY-MM-DD -> yyyymmdd; empty -> 0 (open). */
static int parse_ymd(const char *s, size_t n, int32_t *out)
{
	struct dyad_date d;

	if (n == 0) {
		*out = 0;
		return 0;
	}
	if (dyad_date_parse(s, n, &d) || d.precision == DYAD_PREC_NONE)
		return -1;
	/* A bound given to the month or year covers its first day. */
	*out = d.ymd + (d.ymd % 100 == 0 ? 1 : 0) + (d.ymd % 10000 == 0 ? 100 : 0);
	return 0;
}

/* "CODE" or "CODE FROM..TO" */
static int parse_code_range(struct nparse *p, const char *s, size_t n,
			    const char **code, size_t *code_len,
			    int32_t *from, int32_t *to)
{
	const char *sp, *dots;
	size_t rest;

	trim(&s, &n);
	sp = memchr(s, ' ', n);
	*code = s;
	*code_len = sp ? (size_t)(sp - s) : n;
	*from = *to = 0;
	if (!is_code(*code, *code_len))
		return perr(p, "not an actor code: \"%.*s\" (codes are upper-case letters and digits)", s, n);
	if (!sp)
		return DYAD_OK;
	s = sp;
	rest = n - *code_len;
	trim(&s, &rest);
	dots = memmem(s, rest, "..", 2);
	if (!dots)
		return perr(p, "expected a date range FROM..TO after the code: \"%.*s\"", s, rest);
	if (parse_ymd(s, (size_t)(dots - s), from) ||
	    parse_ymd(dots + 2, rest - (size_t)(dots - s) - 2, to))
		return perr(p, "not a date range (YYYY-MM-DD..YYYY-MM-DD): \"%.*s\"", s, rest);
	if (*from && *to && *from > *to)
		return perr(p, "date range ends before it starts: \"%.*s\"", s, rest);
	return DYAD_OK;
}

/* Call fn on each '|'-separated item of s. */
typedef int (*item_fn)(struct nparse *p, const char *s, size_t n);

static int each_item(struct nparse *p, const char *s, size_t n, item_fn fn)
{
	while (n) {
		const char *bar = memchr(s, '|', n);
		size_t k = bar ? (size_t)(bar - s) : n;
		const char *item = s;
		size_t ilen = k;
		int rc;

		trim(&item, &ilen);
		if (!ilen)
			return perr(p, "empty name between '|': \"%.*s\"", s, n);
		if ((rc = fn(p, item, ilen)))
			return rc;
		if (!bar)
			break;
		s = bar + 1;
		n -= k + 1;
		if (!n)
			return perr(p, "nothing after the last '|'%.*s", "", 0);
	}
	return DYAD_OK;
}

static int phrase_check(struct nparse *p, const char *s, size_t n, int rc)
{
	if (rc == DYAD_EPARSE)
		return perr(p, "not a phrase (1 to 16 words): \"%.*s\"", s, n);
	if (rc)
		return dyad_fail(p->err, rc, "%s:%u: out of memory", p->path, p->line);
	return DYAD_OK;
}

static int add_actor_name(struct nparse *p, const char *s, size_t n)
{
	lex_at_line(p->lex, p->line);
	return phrase_check(p, s, n, lex_actor_name(p->lex, p->id, s, n));
}

static int add_discard(struct nparse *p, const char *s, size_t n)
{
	return phrase_check(p, s, n, lex_discard_add(p->lex, s, n, 0));
}

static int add_discard_story(struct nparse *p, const char *s, size_t n)
{
	return phrase_check(p, s, n, lex_discard_add(p->lex, s, n, 1));
}

static int add_agent(struct nparse *p, const char *s, size_t n)
{
	enum lex_agent_place place = LEX_AGENT_SUFFIX;
	const char *c = p->value;
	size_t cn = p->value_len;
	int rc;

	if (cn && c[cn - 1] == '~') {
		place = LEX_AGENT_PREFIX;
		cn--;
	} else if (cn && c[0] == '~') {
		c++;
		cn--;
	}
	if ((rc = phrase_check(p, s, n, lex_agent_add(p->lex, s, n, c, cn, place))))
		return rc;
	if (p->junta_len)
		rc = phrase_check(p, s, n, lex_agent_junta(p->lex, s, n, p->junta, p->junta_len));
	return rc;
}

static int add_issue(struct nparse *p, const char *s, size_t n)
{
	return phrase_check(p, s, n, lex_issue_add(p->lex, s, n, p->value, p->value_len));
}

static int add_set_member(struct nparse *p, const char *s, size_t n)
{
	return phrase_check(p, s, n, lex_synset_member(p->lex, p->id, s, n));
}

/* A head: "visit", "call off", "fly {flew flown}". */
static int add_head(struct nparse *p, const char *s, size_t n)
{
	const char *brace = memchr(s, '{', n);
	const char *forms[16];
	char buf[512];
	size_t n_forms = 0, hn = n;
	int rc;

	if (brace) {
		const char *close = memchr(brace, '}', n - (size_t)(brace - s));
		size_t flen, i;
		char *f;

		if (!close || (size_t)(close - brace) >= sizeof(buf))
			return perr(p, "unclosed or overlong {forms}: \"%.*s\"", s, n);
		flen = (size_t)(close - brace - 1);
		memcpy(buf, brace + 1, flen);
		buf[flen] = '\0';
		for (f = buf, i = 0; i <= flen && n_forms < 16; i++) {
			if (buf[i] == ' ' || buf[i] == '\0') {
				buf[i] = '\0';
				if (*f)
					forms[n_forms++] = f;
				f = buf + i + 1;
			}
		}
		hn = (size_t)(brace - s);
		trim(&s, &hn);
	}
	rc = lex_class_head(p->lex, p->id, s, hn, forms, n_forms);
	return phrase_check(p, s, hn, rc);
}

/* Split "left = right" at the last '=' outside of braces. */
static int split_eq(const char *s, size_t n, const char **l, size_t *ln,
		    const char **r, size_t *rn)
{
	const char *eq = n ? memrchr(s, '=', n) : NULL;

	if (!eq)
		return 0;
	*l = s;
	*ln = (size_t)(eq - s);
	*r = eq + 1;
	*rn = n - *ln - 1;
	trim(l, ln);
	trim(r, rn);
	return 1;
}

static int parse_pattern(struct nparse *p, const char *s, size_t n)
{
	struct lex_elem el[64];
	size_t n_el = 0, i = 0;
	const char *lhs = s, *rhs = NULL;
	size_t lhs_len = n, rhs_len = 0;
	char code[32] = "", code2[32] = "";

	if (split_eq(s, n, &lhs, &lhs_len, &rhs, &rhs_len)) {
		const char *colon = memchr(rhs, ':', rhs_len);
		size_t c1 = colon ? (size_t)(colon - rhs) : rhs_len;

		if (!is_event_code(rhs, c1) ||
		    (colon && !is_event_code(colon + 1, rhs_len - c1 - 1)))
			return perr(p, "not an event code after '=' (two to four digits, or ---): \"%.*s\"", rhs, rhs_len);
		memcpy(code, rhs, c1);
		code[c1] = '\0';
		if (colon) {
			memcpy(code2, colon + 1, rhs_len - c1 - 1);
			code2[rhs_len - c1 - 1] = '\0';
		}
	}
	while (i < lhs_len) {
		size_t start, len;
		struct lex_elem *e;

		while (i < lhs_len && (lhs[i] == ' ' || lhs[i] == '\t'))
			i++;
		if (i >= lhs_len)
			break;
		start = i;
		while (i < lhs_len && lhs[i] != ' ' && lhs[i] != '\t')
			i++;
		len = i - start;
		if (n_el == 64)
			return perr(p, "pattern has more than 64 elements: \"%.*s\"", s, n);
		e = &el[n_el++];
		e->flags = 0;
		e->id = 0;
		if (len == 1 && strchr("*+$^%~", lhs[start])) {
			switch (lhs[start]) {
			case '*': e->kind = LEX_EL_HEAD; break;
			case '+': e->kind = LEX_EL_TARGET; break;
			case '$': e->kind = LEX_EL_SOURCE; break;
			case '^': e->kind = LEX_EL_SKIP; break;
			case '~': e->kind = LEX_EL_NEXT; break;
			default: e->kind = LEX_EL_COMPOUND; break;
			}
			/* '~' ties two elements that can sit next to each
			 * other: not a gap, a compound actor or another '~' */
			if (e->kind == LEX_EL_NEXT &&
			    (n_el == 1 || el[n_el - 2].kind == LEX_EL_NEXT ||
			     el[n_el - 2].kind == LEX_EL_SKIP || el[n_el - 2].kind == LEX_EL_COMPOUND))
				return perr(p, "'~' must come between two words, sets, actors or '*': \"%.*s\"",
					    s, n);
		} else if (lhs[start] == '&') {
			e->kind = LEX_EL_SYNSET;
			if (lex_synset_id(p->lex, lhs + start, len, &e->id))
				return perr(p, "unknown set \"%.*s\" (define it with 'set' first)",
					    lhs + start, len);
		} else {
			/* "to_the" is two words, as in the legacy formats. */
			uint32_t w[LEX_MAX_PHRASE];
			uint8_t exact[LEX_MAX_PHRASE];
			int k, nw = lex_phrase(p->lex, lhs + start, len, w, exact);
			if (nw < 1 || n_el - 1 + (size_t)nw > 64)
				return perr(p, "bad word in pattern: \"%.*s\"", lhs + start, len);
			n_el--;
			for (k = 0; k < nw; k++) {
				e = &el[n_el++];
				e->kind = LEX_EL_WORD;
				e->id = w[k];
				e->flags = exact[k] ? LEX_EL_EXACT : 0;
			}
		}
	}
	for (i = 1; i < n_el; i++)
		if (el[i - 1].kind == LEX_EL_NEXT &&
		    (el[i].kind == LEX_EL_SKIP || el[i].kind == LEX_EL_COMPOUND))
			break;
	if (n_el && (el[n_el - 1].kind == LEX_EL_NEXT || i < n_el))
		return perr(p, "'~' must come between two words, sets, actors or '*': \"%.*s\"",
			    s, n);
	switch (lex_pattern_add(p->lex, p->id, el, n_el, code[0] ? code : NULL,
				code2[0] ? code2 : NULL, p->path, p->line)) {
	case DYAD_OK:
		return DYAD_OK;
	case DYAD_ENOMEM:
		return dyad_fail(p->err, DYAD_ENOMEM, "%s:%u: out of memory", p->path, p->line);
	default:
		return perr(p, "a pattern needs exactly one '*' for the verb or noun: \"%.*s\"", s, n);
	}
}

static int keyword(const char *s, size_t n, const char *kw, const char **rest,
		   size_t *rest_len)
{
	size_t k = strlen(kw);

	if (n < k || memcmp(s, kw, k) != 0 || (n > k && s[k] != ' ' && s[k] != '\t'))
		return 0;
	*rest = s + k;
	*rest_len = n - k;
	trim(rest, rest_len);
	return 1;
}

static int parse_record(struct nparse *p, const char *s, size_t n)
{
	const char *r, *l, *v;
	size_t rn, ln, vn;
	int rc, person = 0, story = 0, place = 0;
	enum lex_class_kind kind = LEX_VERB;

	p->rec = REC_NONE;
	if (keyword(s, n, "actor", &r, &rn) || (person = keyword(s, n, "person", &r, &rn)) ||
	    (place = keyword(s, n, "place", &r, &rn))) {
		const char *label;
		size_t label_len;

		if (!split_eq(r, rn, &l, &ln, &v, &vn)) {
			l = r;
			ln = rn;
			v = NULL;
			vn = 0;
		}
		if (!ln)
			return perr(p, "actor without a name%.*s", "", 0);
		/* a place gives one state, undated: "place Davos = CHE" */
		if (place && (!v || vn != 3 || !is_code(v, vn)))
			return perr(p, "a place needs the code of its state: \"place NAME | NAME = XXX\"%.*s",
				    "", 0);
		label = l;
		label_len = memchr(l, '|', ln) ? (size_t)((const char *)memchr(l, '|', ln) - l) : ln;
		trim(&label, &label_len);
		if ((rc = lex_actor_new(p->lex, label, label_len,
					person ? LEX_ACTOR_PERSON :
					place ? LEX_ACTOR_PLACE | LEX_ACTOR_GROUP : LEX_ACTOR_GROUP,
					&p->id)))
			return dyad_fail(p->err, rc, "%s:%u: out of memory", p->path, p->line);
		if ((rc = each_item(p, l, ln, add_actor_name)))
			return rc;
		p->rec = REC_ACTOR;
		p->place = place;
		p->person = person;
		if (v) {
			const char *code;
			size_t code_len;
			int32_t from, to;
			if ((rc = parse_code_range(p, v, vn, &code, &code_len, &from, &to)))
				return rc;
			if (lex_actor_code(p->lex, p->id, code, code_len, from, to))
				return perr(p, "bad actor code \"%.*s\"", code, code_len);
		}
		return DYAD_OK;
	}
	if (keyword(s, n, "agent", &r, &rn) || keyword(s, n, "issue", &r, &rn) ||
	    keyword(s, n, "set", &r, &rn)) {
		int is_set = s[0] == 's', is_issue = s[0] == 'i';

		if (!split_eq(r, rn, &l, &ln, &v, &vn) || !ln || !vn)
			return perr(p, "expected \"%.*s PHRASE | PHRASE = VALUE\"",
				    s, (size_t)(r - s - 1));
		if (is_set) {
			/* the set is looked up once, not for each member */
			if ((rc = lex_synset_new(p->lex, l, ln, &p->id)))
				return phrase_check(p, l, ln, rc);
			return each_item(p, v, vn, add_set_member);
		}
		/* "agent security forces = COP, junta MIL": another code in
		 * a state under military rule (a junta record) */
		p->junta = NULL;
		p->junta_len = 0;
		if (!is_issue && memchr(v, ',', vn)) {
			const char *comma = memchr(v, ',', vn), *j = comma + 1;
			size_t jn = vn - (size_t)(j - v);

			vn = (size_t)(comma - v);
			trim(&v, &vn);
			trim(&j, &jn);
			if (jn < 6 || memcmp(j, "junta ", 6))
				return perr(p, "expected \"= CODE, junta CODE\": \"%.*s\"", j, jn);
			j += 6;
			jn -= 6;
			trim(&j, &jn);
			if (!is_code(j, jn))
				return perr(p, "not a code: \"%.*s\"", j, jn);
			p->junta = j;
			p->junta_len = jn;
		}
		if (!is_code(v[0] == '~' ? v + 1 : v,
			     vn - (v[0] == '~' || v[vn - 1] == '~')))
			return perr(p, "not a code: \"%.*s\"", v, vn);
		p->value = v;
		p->value_len = vn;
		return each_item(p, l, ln, is_issue ? add_issue : add_agent);
	}
	/* "junta MLI 2020-08-18..": a state under military rule */
	if (keyword(s, n, "junta", &r, &rn)) {
		const char *code;
		size_t code_len;
		int32_t from, to;
		char state[4];

		if ((rc = parse_code_range(p, r, rn, &code, &code_len, &from, &to)))
			return rc;
		if (code_len != 3 || !memchr(r, '.', rn))
			return perr(p, "expected \"junta STATE FROM..TO\": \"%.*s\"", r, rn);
		memcpy(state, code, 3);
		state[3] = '\0';
		if ((rc = lex_junta_add(p->lex, state, from, to)))
			return dyad_fail(p->err, rc, "%s:%u: out of memory", p->path, p->line);
		return DYAD_OK;
	}
	if (keyword(s, n, "verb", &r, &rn) || (kind = LEX_NOUN, keyword(s, n, "noun", &r, &rn))) {
		const char *label;
		size_t label_len;

		if (!split_eq(r, rn, &l, &ln, &v, &vn)) {
			l = r;
			ln = rn;
			v = NULL;
			vn = 0;
		}
		if (v && !is_event_code(v, vn))
			return perr(p, "not an event code (two to four digits, or ---): \"%.*s\"", v, vn);
		if (!ln)
			return perr(p, "verb or noun without a head word%.*s", "", 0);
		label = l;
		label_len = memchr(l, '|', ln) ? (size_t)((const char *)memchr(l, '|', ln) - l) : ln;
		trim(&label, &label_len);
		if (vn >= sizeof(p->code))
			return perr(p, "code too long: \"%.*s\"", v, vn);
		memcpy(p->code, v ? v : "", vn);
		p->code[vn] = '\0';
		if ((rc = lex_class_new(p->lex, kind, label, label_len,
					v ? p->code : NULL, &p->id)))
			return dyad_fail(p->err, rc, "%s:%u: out of memory", p->path, p->line);
		if ((rc = each_item(p, l, ln, add_head)))
			return rc;
		p->rec = REC_CLASS;
		return DYAD_OK;
	}
	if (keyword(s, n, "discard", &r, &rn) || (story = keyword(s, n, "discard-story", &r, &rn))) {
		if (!rn)
			return perr(p, "discard without a phrase%.*s", "", 0);
		return each_item(p, r, rn, story ? add_discard_story : add_discard);
	}
	return perr(p, "unknown record \"%.*s\" (expected actor, person, place, agent, set, verb, noun, discard, discard-story or issue)",
		    s, memchr(s, ' ', n) ? (size_t)((const char *)memchr(s, ' ', n) - s) : n);
}

static int parse_continuation(struct nparse *p, const char *s, size_t n)
{
	if (p->rec == REC_ACTOR) {
		const char *code;
		size_t code_len;
		int32_t from, to;
		int rc;

		if (s[0] == '|') {
			/* "| NAME | NAME [= CODE [FROM..TO]]" */
			const char *l, *v, *eq;
			size_t ln, vn;
			if (!split_eq(s + 1, n - 1, &l, &ln, &v, &vn))
				return each_item(p, s + 1, n - 1, add_actor_name);
			/* the code goes on from split_eq's '=', not from v,
			 * which it trimmed */
			eq = memrchr(s + 1, '=', n - 1);
			if ((rc = each_item(p, l, ln, add_actor_name)))
				return rc;
			n -= (size_t)(eq - s);
			s = eq;
		}
		/* "she": the person is a woman, whom "he" does not name */
		if (n == 3 && !memcmp(s, "she", 3)) {
			if (!p->person)
				return perr(p, "\"she\" belongs under a person record: \"%.*s\"", s, n);
			lex_actor_set_flags(p->lex, p->id, LEX_ACTOR_SHE);
			return DYAD_OK;
		}
		if (s[0] != '=')
			return perr(p, "expected \"= CODE [FROM..TO]\", \"| NAME\" or (under a person) \"she\" under an actor: \"%.*s\"", s, n);
		if (p->place)
			return perr(p, "a place has one state, on its first line: \"%.*s\"", s, n);
		if ((rc = parse_code_range(p, s + 1, n - 1, &code, &code_len, &from, &to)))
			return rc;
		if (lex_actor_code(p->lex, p->id, code, code_len, from, to))
			return perr(p, "bad actor code \"%.*s\"", code, code_len);
		return DYAD_OK;
	}
	if (p->rec == REC_CLASS) {
		if (s[0] == '|')
			return each_item(p, s + 1, n - 1, add_head);
		return parse_pattern(p, s, n);
	}
	return perr(p, "indented line outside an actor, verb or noun: \"%.*s\"", s, n);
}

int dict_native_load(dyad_lexicon *lex, const char *path, const char *text,
		     size_t len, dyad_error *err)
{
	struct nparse p = { .lex = lex, .path = path, .err = err, .rec = REC_NONE };
	size_t at = 0;

	if (lex_at_file(lex, path))
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	while (at < len) {
		const char *line = text + at, *nl = memchr(line, '\n', len - at);
		size_t n = nl ? (size_t)(nl - line) : len - at;
		const char *hash;
		int indented, rc;

		at += n + 1;
		p.line++;
		hash = memchr(line, '#', n);
		if (hash)
			n = (size_t)(hash - line);
		indented = n && (line[0] == ' ' || line[0] == '\t');
		trim(&line, &n);
		if (!n)
			continue;
		rc = indented ? parse_continuation(&p, line, n) : parse_record(&p, line, n);
		if (rc)
			return rc;
	}
	return DYAD_OK;
}
