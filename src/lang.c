/*
 * lang.c - language identification with libexttextcat.
 *
 * Every article the HTML, feed and WARC readers produce passes through
 * lang_identify(), so that articles not in English are kept but not
 * coded.  libexttextcat (Debian's libexttextcat-dev and -data) compares
 * the character n-gram profile of a sample of the text with the profiles
 * of about 160 languages (Cavnar and Trenkle's "out-of-place" measure) and
 * names the languages within 3% of the best score.
 *
 * The classifier is loaded once, lazily, on the first call (pthread_once,
 * so concurrent first calls are safe) and is only read after that: each
 * call classifies into its own candidate array, so calls may run in
 * parallel.  When the models cannot be loaded every answer is NULL (the
 * article is then coded as English, as when no language is known).
 *
 * Cost: the comparison with every model dominates, about 0.4 ms whatever
 * the sample, plus about 0.1 ms per KB of sample; LANG_SAMPLE keeps it
 * near 0.5 ms per article (see tests/unit/test_lang.c, which measures it).
 *
 * Owns: the classifier handle, never freed (it lives as long as the
 * process, like a loaded shared library).
 */
#include "lang.h"

#include <libexttextcat/textcat.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#ifndef LANG_MODEL_DIR
#define LANG_MODEL_DIR "/usr/share/libexttextcat/"
#endif
#define LANG_CONF "fpdb.conf"

#define LANG_MIN_BYTES 40       /* shorter texts are not classified */
#define LANG_SAMPLE 1536        /* bytes of text classified, at most */
#define LANG_MARGIN 0.01        /* a rival this close makes the answer unsure */

static pthread_once_t lang_once = PTHREAD_ONCE_INIT;
static void *lang_handle;

/* The language codes of the models in Debian's fpdb.conf, sorted: the
 * answer is one of these literals, so it is static.  ISO 639-1 where the
 * language has a two-letter code, else ISO 639-3 (as BCP 47 does). */
static const char *const lang_codes[] = {
	"ab", "ace", "ada", "af", "ak", "alt", "am", "ar", "arn", "ast", "ay",
	"az", "ban", "be", "bem", "bg", "bho", "bi", "bik", "bm", "bn", "bo",
	"br", "bs", "ca", "ckb", "cs", "cy", "da", "de", "dv", "ee", "el",
	"emk", "en", "eo", "es", "et", "eu", "fa", "fi", "fj", "fo", "fr",
	"fur", "fy", "ga", "gd", "gl", "grc", "gu", "gug", "gv", "ha", "haw",
	"he", "hi", "hil", "hr", "hsb", "ht", "hu", "hy", "ia", "id", "is",
	"it", "ja", "ka", "kk", "kl", "km", "kn", "kng", "ko", "ktu", "ky",
	"la", "lb", "lg", "ln", "lo", "lt", "lv", "mai", "mi", "mk", "ml",
	"mn", "mos", "mr", "ms", "mt", "my", "nb", "nds", "ne", "nl", "nn",
	"nr", "nso", "ny", "oc", "om", "pa", "pl", "plt", "pt", "quz", "qxa",
	"rm", "ro", "ru", "rue", "rw", "sa", "sc", "sco", "sd", "se", "sg",
	"sh", "shs", "si", "sk", "sl", "so", "sq", "sr", "ss", "st", "sv",
	"sw", "ta", "tet", "tg", "th", "ti", "tk", "tl", "tn", "tpi", "tr",
	"ts", "tt", "ty", "tzm", "ug", "uk", "ur", "uz", "ve", "vep", "vi",
	"wa", "xh", "yi", "yo", "zh", "zu",
};

static int code_cmp(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* The language code of a model name such as "en--utf8", "zh-CN-utf8" or
 * "az-cyrillic-utf8": what comes before the first '-'.  NULL for a name
 * not in the table (a model set other than Debian's). */
static const char *code_of(const char *name)
{
	char code[8];
	size_t n = strcspn(name, "-");
	const char *const *hit;

	if (n == 0 || n >= sizeof(code))
		return NULL;
	memcpy(code, name, n);
	code[n] = '\0';
	hit = bsearch(code, lang_codes, sizeof(lang_codes) / sizeof(lang_codes[0]),
		      sizeof(lang_codes[0]), code_cmp);
	return hit ? *hit : NULL;
}

static void lang_load(void)
{
	lang_handle = special_textcat_Init(LANG_MODEL_DIR LANG_CONF, LANG_MODEL_DIR);
}

/* How much of text to classify: at most LANG_SAMPLE bytes, cut before a
 * space so that no word (nor UTF-8 sequence) is split. */
static size_t sample_len(const char *text, size_t len)
{
	size_t n = len, i;

	if (n <= LANG_SAMPLE)
		return n;
	n = LANG_SAMPLE;
	for (i = n; i > LANG_SAMPLE / 2; i--)
		if (text[i] == ' ' || text[i] == '\n')
			return i;
	while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* 1 when s[0, len) holds hiragana or katakana (U+3040..U+30FF, UTF-8
 * E3 81 80 .. E3 83 BF): Japanese text always does, Chinese almost never. */
static int has_kana(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	for (i = 0; i + 2 < len; i++)
		if (p[i] == 0xE3 && p[i + 1] >= 0x81 && p[i + 1] <= 0x83)
			return 1;
	return 0;
}

/* The best candidate's language, unless a candidate of another language
 * scores within LANG_MARGIN of it: two languages that close are an unsure
 * answer, NULL.  textcat lists every language within 3% of the best,
 * which is too wide to call news in English ambiguous because Scots
 * scores 1.7% behind.  zh-CN and zh-TW are both "zh".  Japanese and
 * Chinese share Han characters and score close on short texts: kana
 * decide between them.  Texts of mostly digits, URLs or markup come back
 * SHORT or UNKNOWN from textcat, and NULL from here. */
const char *lang_identify(const char *text, size_t len)
{
	candidate_t *cands;
	const char *best = NULL;
	int best_score = 0, n, i, kana;
	size_t sample;

	if (!text || len < LANG_MIN_BYTES)
		return NULL;
	if (pthread_once(&lang_once, lang_load) || !lang_handle)
		return NULL;
	cands = textcat_GetClassifyFullOutput(lang_handle);
	if (!cands)
		return NULL;
	sample = sample_len(text, len);
	n = textcat_ClassifyFull(lang_handle, text, sample, cands);
	kana = -1;
	for (i = 0; i < n; i++) {       /* sorted, best first */
		const char *c = code_of(cands[i].name);

		if (c && (!strcmp(c, "ja") || !strcmp(c, "zh"))) {
			if (kana < 0)
				kana = has_kana(text, sample);
			if (kana != (c[0] == 'j'))
				continue;
		}
		if (!best) {
			if (!c)
				break;
			best = c;
			best_score = cands[i].score;
		} else if (c != best &&
			   (double)cands[i].score < best_score * (1.0 + LANG_MARGIN)) {
			best = NULL;
			break;
		}
	}
	textcat_ReleaseClassifyFullOutput(lang_handle, cands);
	return best;
}
