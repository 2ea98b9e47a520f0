/*
 * segment.c - tokens and sentences over normalized text; see segment.h.
 *
 * Two passes.  The tokenizer walks the bytes once, classifying ASCII by a
 * table and decoding only non-ASCII bytes (utf8proc supplies their
 * category), and decides everything that needs only local context: where
 * a word ends, whether "U.S." or "Mr." keeps its period, how "didn't" and
 * "Russia's" split.  The sentence pass then walks the tokens, deciding at
 * each candidate end (". ! ?", an abbreviation, a blank line) by looking
 * at the token that follows.  Both passes write into arrays grown in the
 * caller's arena; nothing is freed until the arena is reset.
 *
 * The rules are heuristics for English news copy; the lists they use are
 * the static tables below, so a miss is fixed by adding a word.
 */
#include "segment.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "dyad.h"

/* Character classes; a word is a run of SC_WORD characters. */
enum {
	SC_SPACE = 1,
	SC_UPPER = 2,   /* cased letter, upper or title case */
	SC_LOWER = 4,
	SC_DIGIT = 8,
	SC_ALPHA = 16,  /* letter without case: Hangul, Han, Arabic... */
	SC_MARK = 32,   /* combining mark or invisible format character */
	SC_PUNCT = 64,
	SC_QUOTE = 128, /* non-ASCII opening or closing quotation mark */
	SC_HIGH = 256,  /* byte >= 0x80: decode before deciding */
	SC_WORD = SC_UPPER | SC_LOWER | SC_DIGIT | SC_ALPHA | SC_MARK,
	SC_LETTER = SC_UPPER | SC_LOWER | SC_ALPHA,
};

#define S SC_SPACE
#define U SC_UPPER
#define L SC_LOWER
#define D SC_DIGIT
#define P SC_PUNCT
#define H SC_HIGH
#define H16 H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H
static const unsigned short seg_ascii[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
	D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
	P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S,
	H16, H16, H16, H16, H16, H16, H16, H16,
};
#undef S
#undef U
#undef L
#undef D
#undef P
#undef H
#undef H16

#define SEG_NONE ((size_t)-1)

/* ---- tables ---------------------------------------------------------- */

enum seg_abbr_kind {
	ABBR_NONE = 0,
	ABBR_TITLE,     /* precedes a name: never ends a sentence */
	ABBR_NUMBER,    /* "No. 1": keeps its period only before a digit */
	ABBR_ETC,       /* ends a sentence unless a lower-case word follows */
	ABBR_GENERAL,   /* ends a sentence only before a sentence starter */
};

static const struct seg_abbr {
	const char *word;       /* without the period */
	unsigned char kind;
} seg_abbrs[] = {
	{ "Mr", ABBR_TITLE }, { "Mrs", ABBR_TITLE }, { "Ms", ABBR_TITLE },
	{ "Messrs", ABBR_TITLE }, { "Dr", ABBR_TITLE }, { "Prof", ABBR_TITLE },
	{ "Gen", ABBR_TITLE }, { "Gens", ABBR_TITLE }, { "Lt", ABBR_TITLE },
	{ "Col", ABBR_TITLE }, { "Maj", ABBR_TITLE }, { "Capt", ABBR_TITLE },
	{ "Sgt", ABBR_TITLE }, { "Cpl", ABBR_TITLE }, { "Adm", ABBR_TITLE },
	{ "Cmdr", ABBR_TITLE }, { "Brig", ABBR_TITLE }, { "Sen", ABBR_TITLE },
	{ "Sens", ABBR_TITLE }, { "Rep", ABBR_TITLE }, { "Reps", ABBR_TITLE },
	{ "Gov", ABBR_TITLE }, { "Pres", ABBR_TITLE }, { "Rev", ABBR_TITLE },
	{ "Hon", ABBR_TITLE }, { "vs", ABBR_TITLE }, { "v", ABBR_TITLE },
	{ "No", ABBR_NUMBER }, { "Nos", ABBR_NUMBER },
	{ "etc", ABBR_ETC },
	{ "St", ABBR_GENERAL }, { "Mt", ABBR_GENERAL }, { "Ft", ABBR_GENERAL },
	{ "Jr", ABBR_GENERAL }, { "Sr", ABBR_GENERAL },
	{ "Inc", ABBR_GENERAL }, { "Corp", ABBR_GENERAL }, { "Co", ABBR_GENERAL },
	{ "Ltd", ABBR_GENERAL }, { "Bros", ABBR_GENERAL },
	{ "INC", ABBR_GENERAL }, { "CORP", ABBR_GENERAL }, { "CO", ABBR_GENERAL },
	{ "LTD", ABBR_GENERAL },
	{ "Jan", ABBR_GENERAL }, { "Feb", ABBR_GENERAL }, { "Mar", ABBR_GENERAL },
	{ "Apr", ABBR_GENERAL }, { "Jun", ABBR_GENERAL }, { "Jul", ABBR_GENERAL },
	{ "Aug", ABBR_GENERAL }, { "Sep", ABBR_GENERAL }, { "Sept", ABBR_GENERAL },
	{ "Oct", ABBR_GENERAL }, { "Nov", ABBR_GENERAL }, { "Dec", ABBR_GENERAL },
};

/*
 * Capitalized words that commonly open a sentence and rarely continue a
 * name.  After "U.S." or an initial, only one of these shows that the
 * period also ended the sentence ("in the U.S. The talks..." against
 * "the U.S. Navy").
 */
static const char *const seg_starters[] = {
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
	"This", "That", "These", "Those", "There", "Here", "His", "Her", "Its",
	"Their", "Our", "My", "Your", "In", "On", "At", "By", "For", "From",
	"With", "Without", "Of", "To", "But", "And", "Or", "So", "Yet", "As",
	"After", "Before", "When", "While", "If", "Although", "Though", "Since",
	"Because", "However", "Meanwhile", "Also", "Still", "Then", "Now",
	"Today", "Yesterday", "Earlier", "Later", "What", "Who", "Why", "How",
	"Where", "Some", "Many", "Most", "Both", "All", "Each", "Such",
	"Despite", "During", "According", "Under", "Last", "Officials",
};

/* ---- characters ------------------------------------------------------ */

/* Class of the non-ASCII character at s[i]; *n gets its length.  A byte
 * that does not start a valid sequence is one punctuation byte. */
static unsigned seg_class_high(const unsigned char *s, size_t len, size_t i,
			       size_t *n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t got;

	got = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i > 4 ? 4 : len - i),
			       &cp);
	if (got <= 0) {
		*n = 1;
		return SC_PUNCT;
	}
	*n = (size_t)got;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return SC_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return SC_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return SC_ALPHA;
	case UTF8PROC_CATEGORY_ND:
		return SC_DIGIT;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_CF:
		return SC_MARK;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
	case UTF8PROC_CATEGORY_CC:
		return SC_SPACE;
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
		return SC_PUNCT | SC_QUOTE;
	default:
		return SC_PUNCT;
	}
}

static inline unsigned seg_class(const unsigned char *s, size_t len, size_t i,
				 size_t *n)
{
	unsigned c = seg_ascii[s[i]];

	if (c & SC_HIGH)
		return seg_class_high(s, len, i, n);
	*n = 1;
	return c;
}

/* Whether a word character sits at s[i]. */
static int seg_is_word(const unsigned char *s, size_t len, size_t i)
{
	size_t n;

	return i < len && (seg_class(s, len, i, &n) & SC_WORD);
}

static int seg_is_digit(const unsigned char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

/* ---- tokens ---------------------------------------------------------- */

struct seg {
	const unsigned char *s;
	size_t len;
	struct arena *a;
	struct token *toks;
	size_t n_toks, cap_toks;
	struct sentence *sents;
	size_t n_sents, cap_sents;
};

static int seg_push(struct seg *st, size_t start, size_t end, uint32_t flags)
{
	struct token *t;

	if (st->n_toks == st->cap_toks &&
	    arena_grow(st->a, (void **)&st->toks, &st->cap_toks, st->n_toks + 1,
		       sizeof(*st->toks)))
		return DYAD_ENOMEM;
	t = &st->toks[st->n_toks++];
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->flags = flags;
	return DYAD_OK;
}

/* Kind of the abbreviation w (n bytes, without its final period): one of
 * seg_abbrs[], an initial, or ABBR_NONE. */
static int seg_abbr_kind(const unsigned char *w, size_t n)
{
	size_t i;

	if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
		return ABBR_GENERAL;    /* an initial: "J. Smith" */
	for (i = 0; i < sizeof(seg_abbrs) / sizeof(seg_abbrs[0]); i++) {
		if (seg_abbrs[i].word[0] == w[0] && strlen(seg_abbrs[i].word) == n &&
		    !memcmp(seg_abbrs[i].word, w, n))
			return seg_abbrs[i].kind;
	}
	return ABBR_NONE;
}

/*
 * End of a dotted abbreviation at s[i] - two or more single ASCII letters
 * each followed by a period, "U.S.", "a.m.", "e.g." - or 0 if there is
 * none.  They are caught before the word scan, which would stop at the
 * first period.  The caller drops the match when a letter follows
 * ("a.b.com" is no abbreviation).
 */
static size_t seg_dotted(const unsigned char *s, size_t len, size_t i)
{
	size_t k = i;

	while (k + 1 < len && (seg_ascii[s[k]] & (SC_UPPER | SC_LOWER)) &&
	       s[k + 1] == '.')
		k += 2;
	return k - i >= 4 ? k : 0;
}

/* Length of a contraction at the apostrophe s[i] - "'ll", "'re", "'ve",
 * "'d", "'m" ending the word - or 0. */
static size_t seg_contraction(const unsigned char *s, size_t len, size_t i)
{
	static const char *const tails[] = { "ll", "re", "ve", "d", "m" };
	size_t k, n;

	for (k = 0; k < sizeof(tails) / sizeof(tails[0]); k++) {
		n = strlen(tails[k]);
		if (i + 1 + n <= len && !strncasecmp((const char *)s + i + 1,
						     tails[k], n) &&
		    !seg_is_word(s, len, i + 1 + n))
			return n + 1;
	}
	return 0;
}

/* Flags of the word token s[start, end), from its characters.  Every
 * word passes here, so ASCII takes the table alone. */
static uint32_t seg_word_flags(const unsigned char *s, size_t start, size_t end)
{
	size_t i, n, n_chars = 0;
	unsigned cls, all = 0;
	uint32_t f = 0;

	for (i = start; i < end; i += n) {
		cls = seg_ascii[s[i]];
		n = 1;
		if (cls & SC_HIGH)
			cls = seg_class_high(s, end, i, &n);
		all |= cls;
		n_chars += (cls & SC_WORD) != 0; /* "J." is one letter, not an acronym */
	}
	if (seg_class(s, end, start, &n) & SC_UPPER)
		f |= TOK_CAP;
	if ((all & SC_PUNCT) && memchr(s + start, '-', end - start))
		f |= TOK_HYPHEN;
	f |= (all & SC_LETTER) || !(all & SC_DIGIT) ? TOK_WORD : TOK_NUM;
	if ((all & SC_UPPER) && !(all & SC_LOWER) && n_chars > 1)
		f |= TOK_UPPER;
	if (s[end - 1] == '.')
		f |= TOK_ABBR;
	return f;
}

/* Push the word s[start, end) if it is not empty. */
static int seg_push_word(struct seg *st, size_t start, size_t end, uint32_t sp)
{
	if (end <= start)
		return DYAD_OK;
	return seg_push(st, start, end, seg_word_flags(st->s, start, end) | sp);
}

/*
 * Whether the word s[start, end), followed by a period at s[end], keeps
 * that period as an abbreviation.
 */
static int seg_takes_period(const unsigned char *s, size_t len, size_t start,
			    size_t end)
{
	size_t k;

	if (end >= len || s[end] != '.' || (end + 1 < len && s[end + 1] == '.'))
		return 0;       /* no period, or an ellipsis */
	switch (seg_abbr_kind(s + start, end - start)) {
	case ABBR_NONE:
		return 0;
	case ABBR_NUMBER:
		/* "No. 1" but "said no." and "No. The" */
		for (k = end + 1; k < len && (s[k] == ' ' || s[k] == '\t'); k++)
			;
		return seg_is_digit(s, len, k);
	default:
		return 1;
	}
}

/*
 * Scan the word starting at *pos, push it (and any possessive or
 * contraction split off its end), and move *pos past it.  Inner hyphens,
 * apostrophes between letters, decimal points, thousands commas, clock
 * colons and periods before lower-case letters ("reuters.com") join.
 */
static int seg_word(struct seg *st, size_t *pos, uint32_t sp)
{
	const unsigned char *s = st->s;
	size_t len = st->len, start = *pos, i = start, n, k;
	unsigned cls, prev = 0;
	unsigned char c, a1;
	int rc;

	/* "then-Secretary of State Mike Pompeo": "then" is split off, so
	 * that the title after it is read as a title (the matcher gives
	 * the office it names to the person, src/match.c) */
	if (len - start > 5 && (s[start] == 't' || s[start] == 'T') &&
	    !strncasecmp((const char *)s + start + 1, "hen-", 4) && seg_is_word(s, len, start + 5) &&
	    (start == 0 || !seg_is_word(s, len, start - 1))) {
		*pos = start + 5;
		return seg_push_word(st, start, start + 4, sp);
	}
	k = seg_dotted(s, len, start);
	if (k && !seg_is_word(s, len, k)) {
		i = k;
		/* Only "U.S.-led" and "U.S.'s" go on past the last period. */
		if (!(i < len && (s[i] == '\'' ||
				  (s[i] == '-' && seg_is_word(s, len, i + 1)))))
			goto done;
		prev = SC_PUNCT;
	}
	while (i < len) {
		c = s[i];
		cls = seg_class(s, len, i, &n);
		if (cls & SC_WORD) {
			prev = cls;
			i += n;
			continue;
		}
		/* "Iran-U.S. talks", "China-U.S. ties": a dotted
		 * abbreviation after an inner hyphen keeps its periods, as it
		 * does opening a word ("U.S.-led") */
		if (c == '-' && (k = seg_dotted(s, len, i + 1)) && !seg_is_word(s, len, k)) {
			i = k;
			prev = SC_PUNCT;
			if (i < len && (s[i] == '\'' || (s[i] == '-' && seg_is_word(s, len, i + 1))))
				continue;
			goto done;
		}
		if (c == '-' && seg_is_word(s, len, i + 1)) {
			prev = SC_PUNCT;
			i++;
			continue;
		}
		if (c == '.' && i + 1 < len &&
		    (((prev & SC_DIGIT) && seg_is_digit(s, len, i + 1)) ||
		     ((prev & (SC_LETTER | SC_DIGIT)) &&
		      (seg_ascii[s[i + 1]] & SC_LOWER)))) {
			prev = SC_PUNCT;
			i++;
			continue;
		}
		if (c == ',' && (prev & SC_DIGIT) && seg_is_digit(s, len, i + 1) &&
		    seg_is_digit(s, len, i + 2) && seg_is_digit(s, len, i + 3) &&
		    !seg_is_digit(s, len, i + 4)) {
			prev = SC_PUNCT;
			i++;
			continue;
		}
		if (c == ':' && (prev & SC_DIGIT) && seg_is_digit(s, len, i + 1) &&
		    seg_is_digit(s, len, i + 2) && !seg_is_digit(s, len, i + 3)) {
			prev = SC_PUNCT;
			i++;
			continue;
		}
		if (c != '\'')
			break;
		a1 = i + 1 < len ? s[i + 1] : 0;
		if ((s[i - 1] == 'n' || s[i - 1] == 'N') && (a1 == 't' || a1 == 'T') &&
		    !seg_is_word(s, len, i + 2)) {
			/* "didn't" is "did" + "n't"; the matcher reads "not". */
			rc = seg_push_word(st, start, i - 1, sp);
			if (!rc)
				rc = seg_push(st, i - 1, i + 2, TOK_WORD |
					      (i - 1 == start ? sp : 0));
			*pos = i + 2;
			return rc;
		}
		k = 0;
		if ((a1 == 's' || a1 == 'S') && !seg_is_word(s, len, i + 2))
			k = 2;          /* "Russia's" */
		else if ((s[i - 1] == 's' || s[i - 1] == 'S') &&
			 !seg_is_word(s, len, i + 1))
			k = 1;          /* "allies'" */
		if (k) {
			rc = seg_push_word(st, start, i, sp);
			if (!rc)
				rc = seg_push(st, i, i + k, TOK_POSS);
			*pos = i + k;
			return rc;
		}
		k = seg_contraction(s, len, i);
		if (k) {
			rc = seg_push_word(st, start, i, sp);
			if (!rc)
				rc = seg_push(st, i, i + k, TOK_WORD);
			*pos = i + k;
			return rc;
		}
		if (!seg_is_word(s, len, i + 1))
			break;  /* a closing quote: 'like this' */
		prev = SC_PUNCT;        /* "O'Brien", "Qur'an" */
		i++;
	}
	if (seg_takes_period(s, len, start, i))
		i++;
done:
	*pos = i;
	return seg_push_word(st, start, i, sp);
}

/* Push the punctuation token at *pos (class cls, n bytes long) and move
 * past it.  Runs of periods and of hyphens are one token each. */
static int seg_punct(struct seg *st, size_t *pos, unsigned cls, size_t n,
		     uint32_t sp)
{
	const unsigned char *s = st->s;
	size_t i = *pos, end = i + n;
	uint32_t f = TOK_PUNCT | sp;

	if (s[i] == '.' || s[i] == '-') {
		while (end < st->len && s[end] == s[i])
			end++;
	} else if (s[i] == '"' || s[i] == '\'' || (cls & SC_QUOTE)) {
		f |= TOK_QUOTE;
	}
	*pos = end;
	return seg_push(st, i, end, f);
}

static int seg_tokenize(struct seg *st)
{
	const unsigned char *s = st->s;
	size_t len = st->len, i = 0, n;
	uint32_t sp = 0;
	unsigned cls;
	int rc;

	/* Most news runs 5 to 7 bytes a token; one regrowth at most. */
	if (arena_grow(st->a, (void **)&st->toks, &st->cap_toks, len / 5 + 16,
		       sizeof(*st->toks)))
		return DYAD_ENOMEM;
	while (i < len) {
		cls = seg_class(s, len, i, &n);
		if (cls & SC_SPACE) {
			sp = TOK_SPACE_BEFORE;
			i += n;
			continue;
		}
		if (cls & SC_WORD)
			rc = seg_word(st, &i, sp);
		else
			rc = seg_punct(st, &i, cls, n, sp);
		if (rc)
			return rc;
		sp = 0;
	}
	return DYAD_OK;
}

/* ---- sentences ------------------------------------------------------- */

static int seg_tok_is(const struct seg *st, const struct token *t, const char *w)
{
	size_t n = strlen(w);

	return t->end - t->start == n && !memcmp(st->s + t->start, w, n);
}

/* Newlines between token a and the next one, counting to 2 at most. */
static unsigned seg_gap_nl(const struct seg *st, size_t a)
{
	const unsigned char *p, *e;
	unsigned nl = 0;

	if (!(st->toks[a + 1].flags & TOK_SPACE_BEFORE))
		return 0;
	p = st->s + st->toks[a].end;
	e = st->s + st->toks[a + 1].start;
	for (; p < e; p++) {
		if (*p == '\n' && ++nl == 2)
			break;
	}
	return nl;
}

/* ". ! ?", an ellipsis, or the ideographic full stop and its kin. */
static int seg_terminal(const struct seg *st, const struct token *t)
{
	const unsigned char *p = st->s + t->start;
	size_t n = t->end - t->start;

	if (!(t->flags & TOK_PUNCT))
		return 0;
	if (n == 1)
		return p[0] == '.' || p[0] == '!' || p[0] == '?';
	if (p[0] == '.')
		return 1;
	if (n == 3)     /* U+3002, U+FF01, U+FF1F */
		return !memcmp(p, "\xe3\x80\x82", 3) ||
		       !memcmp(p, "\xef\xbc\x81", 3) ||
		       !memcmp(p, "\xef\xbc\x9f", 3);
	return 0;
}

/*
 * The last token of what closes at token j: quotes, brackets and more
 * terminal marks that follow with no space between ('go."' or 'what?!').
 * The closing quote belongs to the sentence it closes.
 */
static size_t seg_closers(const struct seg *st, size_t j)
{
	const struct token *u;
	unsigned char c;

	while (j + 1 < st->n_toks) {
		u = &st->toks[j + 1];
		if (u->flags & TOK_SPACE_BEFORE || !(u->flags & TOK_PUNCT))
			break;
		c = st->s[u->start];
		if (!(u->flags & TOK_QUOTE) && c != ')' && c != ']' && c != '}' &&
		    !seg_terminal(st, u))
			break;
		j++;
	}
	return j;
}

/* Whether token t can open a sentence: anything but a lower-case word or
 * punctuation that continues one (", ; : ) -"). */
static int seg_opens(const struct seg *st, size_t t)
{
	const struct token *u = &st->toks[t];
	unsigned char c = st->s[u->start];
	size_t n;

	if (u->flags & TOK_QUOTE || c == '(' || c == '[')
		return 1;
	return (seg_class(st->s, st->len, u->start, &n) &
		(SC_UPPER | SC_DIGIT | SC_ALPHA)) != 0;
}

/* Whether token t is one of seg_starters[]. */
static int seg_starter(const struct seg *st, size_t t)
{
	const struct token *u = &st->toks[t];
	size_t i;

	if (!(u->flags & TOK_CAP))
		return 0;
	for (i = 0; i < sizeof(seg_starters) / sizeof(seg_starters[0]); i++) {
		if (seg_tok_is(st, u, seg_starters[i]))
			return 1;
	}
	return 0;
}

/*
 * Whether a sentence ends at token j (given that more tokens follow): the
 * index of its last token, past any closers, or SEG_NONE.
 */
static size_t seg_boundary(const struct seg *st, size_t j)
{
	const struct token *t = &st->toks[j];
	size_t k;

	if (!(t->flags & (TOK_PUNCT | TOK_ABBR)))
		return SEG_NONE;
	if (t->flags & TOK_PUNCT && !seg_terminal(st, t))
		return SEG_NONE;
	k = seg_closers(st, j);
	if (k + 1 >= st->n_toks)
		return k;
	if (t->flags & TOK_PUNCT || k > j)
		return seg_opens(st, k + 1) ? k : SEG_NONE;
	/* Dotted forms ("U.S.", "a.m.") are not in the table: general. */
	switch (seg_abbr_kind(st->s + t->start, t->end - t->start - 1)) {
	case ABBR_TITLE:
	case ABBR_NUMBER:
		return SEG_NONE;
	case ABBR_ETC:
		return seg_opens(st, k + 1) ? k : SEG_NONE;
	default:
		return seg_starter(st, k + 1) ? k : SEG_NONE;
	}
}

static int seg_is_dash(const struct seg *st, const struct token *t)
{
	return (t->flags & TOK_PUNCT) && (t->flags & TOK_SPACE_BEFORE) &&
	       st->s[t->start] == '-';
}

/*
 * Number of tokens in a dateline starting at token i, or 0.  A dateline is
 * one line: capitalized words, numbers, commas and slashes ("MOSCOW, Oct.
 * 26"), maybe a parenthesized agency, then a free-standing dash ("-",
 * "--", or an em dash normalized to "-") with text after it on the same
 * paragraph.  Without an agency the place must be in capitals
 * ("WASHINGTON -"), so "Kim Jong Un - the leader" is no dateline.
 */
static size_t seg_dateline(const struct seg *st, size_t i)
{
	const struct token *t = &st->toks[i];
	size_t k, end, n = st->n_toks;
	int upper = (t->flags & TOK_UPPER) != 0, agency = 0;
	unsigned char c;

	if (!(t->flags & TOK_CAP))
		return 0;
	end = i + 16 < n ? i + 16 : n;
	for (k = i + 1; k < end; k++) {
		if (seg_gap_nl(st, k - 1))
			return 0;
		t = &st->toks[k];
		if (seg_is_dash(st, t)) {
			if ((!upper && !agency) || k + 1 >= n || seg_gap_nl(st, k) > 1)
				return 0;
			return k - i + 1;
		}
		if (t->flags & (TOK_CAP | TOK_NUM))
			continue;
		c = st->s[t->start];
		if (t->flags & TOK_PUNCT && (c == ',' || c == '/'))
			continue;
		if (!(t->flags & TOK_PUNCT) || c != '(' || agency)
			return 0;
		/* "(Reuters)", "(AP)", "(Yonhap News Agency)" */
		for (k++; k < end && !(st->toks[k].flags & TOK_PUNCT &&
				       st->s[st->toks[k].start] == ')'); k++) {
			if (seg_gap_nl(st, k - 1))
				return 0;
		}
		if (k >= end)
			return 0;
		agency = 1;
	}
	return 0;
}

static int seg_push_sentence(struct seg *st, size_t first, size_t last)
{
	struct sentence *se;

	if (st->n_sents == st->cap_sents &&
	    arena_grow(st->a, (void **)&st->sents, &st->cap_sents,
		       st->n_sents + 1, sizeof(*st->sents)))
		return DYAD_ENOMEM;
	se = &st->sents[st->n_sents++];
	se->start = st->toks[first].start;
	se->end = st->toks[last].end;
	se->tok = (uint32_t)first;
	se->n_tok = (uint32_t)(last - first + 1);
	return DYAD_OK;
}

static int seg_sentences(struct seg *st)
{
	size_t n = st->n_toks, i = 0, j, first, last;
	int line_start = 1;     /* a dateline may start here */
	unsigned nl;
	int rc;

	while (i < n) {
		if (line_start)
			i += seg_dateline(st, i);
		first = i;
		for (j = i;; j++) {
			last = j;
			if (j + 1 >= n || j + 1 - first >= SEG_MAX_TOKENS)
				break;
			nl = seg_gap_nl(st, j);
			if (nl > 1)
				break;  /* a blank line: paragraph or headline */
			last = seg_boundary(st, j);
			if (last != SEG_NONE)
				break;
			last = j;
			if (nl && seg_dateline(st, j + 1))
				break;
		}
		if (last + 1 - first > SEG_MAX_TOKENS)
			last = first + SEG_MAX_TOKENS - 1;
		rc = seg_push_sentence(st, first, last);
		if (rc)
			return rc;
		i = last + 1;
		line_start = i < n && seg_gap_nl(st, last) > 0;
	}
	return DYAD_OK;
}

int seg_split(const char *text, size_t len, struct arena *a,
	      struct segmentation *out)
{
	struct seg st;
	int rc;

	memset(out, 0, sizeof(*out));
	if (len > UINT32_MAX)
		return DYAD_ENOMEM;
	memset(&st, 0, sizeof(st));
	st.s = (const unsigned char *)text;
	st.len = len;
	st.a = a;
	rc = seg_tokenize(&st);
	if (!rc)
		rc = seg_sentences(&st);
	if (rc)
		return rc;
	out->tokens = st.toks;
	out->n_tokens = st.n_toks;
	out->sentences = st.sents;
	out->n_sentences = st.n_sents;
	return DYAD_OK;
}
