/*
 * test_lang.c - language identification (lang.c): news sentences in eight
 * languages, short and mixed texts, the answer being a static ISO code,
 * and the cost per article.
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "lang.h"

static const char en_text[] =
	"North Korea fired two short-range ballistic missiles into the sea off "
	"its east coast on Tuesday, South Korea's military said, hours after "
	"the United States and South Korea began joint exercises. The launch "
	"was condemned by Japan's prime minister, who called it a threat to "
	"regional peace and said Tokyo had lodged a protest through diplomatic "
	"channels in Beijing.";

static const char ko_text[] =
	"북한이 화요일 동해상으로 단거리 탄도미사일 두 발을 발사했다고 합동참모본부가 "
	"밝혔다. 이번 발사는 한미 연합훈련이 시작된 지 몇 시간 만에 이뤄졌으며, "
	"일본 총리는 이를 지역 평화에 대한 위협이라고 비판했다.";

static const char ru_text[] =
	"Министр иностранных дел России заявил во вторник, что Москва готова "
	"возобновить переговоры с Вашингтоном о контроле над вооружениями, "
	"если американская сторона откажется от размещения новых ракет в Европе. "
	"Его слова прозвучали после встречи с коллегой из Китая.";

static const char fr_text[] =
	"Le président de la République a annoncé mardi une nouvelle réforme des "
	"retraites, suscitant la colère des syndicats qui appellent à une grève "
	"générale la semaine prochaine. Le gouvernement affirme que le texte "
	"sera présenté au Parlement avant la fin du mois.";

static const char de_text[] =
	"Die Bundesregierung hat am Dienstag neue Sanktionen gegen mehrere "
	"Unternehmen beschlossen, die nach Angaben des Auswärtigen Amtes an "
	"der Umgehung des Embargos beteiligt waren. Die Opposition kritisierte, "
	"die Maßnahmen kämen zu spät und seien nicht weitreichend genug.";

static const char zh_text[] =
	"中国外交部发言人周二表示，中方愿与各方一道，通过对话协商解决朝鲜半岛问题，"
	"反对任何可能加剧地区紧张局势的行为。发言人还说，中国将继续为维护地区和平稳定"
	"发挥建设性作用。";

static const char ja_text[] =
	"日本政府は火曜日、北朝鮮が日本海に向けて弾道ミサイルを発射したと発表した。"
	"首相は記者団に対し、地域の平和と安全を脅かすものであり、断じて容認できないと"
	"述べ、外交ルートを通じて厳重に抗議したことを明らかにした。";

static const char ar_text[] =
	"قال وزير الخارجية المصري يوم الثلاثاء إن القاهرة تواصل اتصالاتها مع "
	"جميع الأطراف من أجل التوصل إلى وقف دائم لإطلاق النار، مؤكدا أن الحل "
	"السياسي هو السبيل الوحيد لإنهاء الأزمة وضمان عودة الاستقرار إلى المنطقة.";

static void expect_lang_n(const char *text, size_t len, const char *want)
{
	const char *got = lang_identify(text, len);

	if (!got || strcmp(got, want)) {
		print_error("lang_identify(\"%.40s...\") = %s, want %s\n", text,
			    got ? got : "NULL", want);
		fail();
	}
}

static void expect_lang(const char *text, const char *want)
{
	expect_lang_n(text, strlen(text), want);
}

static void test_eight_languages(void **state)
{
	expect_lang(en_text, "en");
	expect_lang(ko_text, "ko");
	expect_lang(ru_text, "ru");
	expect_lang(fr_text, "fr");
	expect_lang(de_text, "de");
	expect_lang(zh_text, "zh");
	expect_lang(ja_text, "ja");
	expect_lang(ar_text, "ar");
}

/* The answer is one static string per language, not a fresh buffer. */
static void test_answer_is_static(void **state)
{
	const char *a = lang_identify(fr_text, strlen(fr_text));
	const char *b = lang_identify(fr_text, strlen(fr_text) - 20);

	assert_non_null(a);
	assert_ptr_equal(a, b);
	assert_string_equal(a, "fr");
}

static void test_short_is_unknown(void **state)
{
	assert_null(lang_identify(NULL, 0));
	assert_null(lang_identify("", 0));
	assert_null(lang_identify("Missiles fired.", 15));
	/* 39 bytes is under the floor, whatever the language. */
	assert_null(lang_identify(en_text, 39));
	/* Digits and white space carry no n-grams. */
	assert_null(lang_identify("2025 10 26 12 00 00 2025 10 26 12 00 00 "
				  "2025 10 26", 50));
}

/* A long text: only the sample at its head counts, and a cut inside a
 * multi-byte character is not possible. */
static void test_long_text_sampled(void **state)
{
	static char big[64 * 1024];
	size_t n = 0;

	while (n + sizeof(ko_text) < sizeof(big)) {
		memcpy(big + n, ko_text, sizeof(ko_text) - 1);
		n += sizeof(ko_text) - 1;
		big[n++] = ' ';
	}
	expect_lang_n(big, n, "ko");
	/* An English article whose tail is Russian reads as English. */
	n = 0;
	while (n + sizeof(en_text) < sizeof(big) / 2) {
		memcpy(big + n, en_text, sizeof(en_text) - 1);
		n += sizeof(en_text) - 1;
		big[n++] = '\n';
	}
	while (n + sizeof(ru_text) < sizeof(big)) {
		memcpy(big + n, ru_text, sizeof(ru_text) - 1);
		n += sizeof(ru_text) - 1;
		big[n++] = '\n';
	}
	expect_lang_n(big, n, "en");
}

/* Half one language, half another, in a short text: not one answer with
 * confidence -- either NULL or one of the two, never a third language. */
static void test_mixed(void **state)
{
	char mix[1024];
	const char *got;

	snprintf(mix, sizeof(mix), "%.*s %.*s", 120, en_text, 120, fr_text);
	got = lang_identify(mix, strlen(mix));
	assert_true(!got || !strcmp(got, "en") || !strcmp(got, "fr"));
	/* Invalid UTF-8 and control bytes do not upset it. */
	got = lang_identify("\xff\xfe\x80\x80 \x01\x02 abc \xc3\x28 \xe2\x82 "
			    "\xf0\x28\x8c\xbc zzzz qqqq xxxx", 45);
	(void)got;
}

/* The cost per article, on the sample size used for real articles. */
static void test_cost(void **state)
{
	static char article[8192];
	struct timespec t0, t1;
	size_t n = 0;
	int i, runs = 200;
	double ms;

	while (n + sizeof(en_text) < sizeof(article)) {
		memcpy(article + n, en_text, sizeof(en_text) - 1);
		n += sizeof(en_text) - 1;
		article[n++] = '\n';
	}
	expect_lang_n(article, n, "en");   /* loads */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < runs; i++)
		assert_non_null(lang_identify(article, n));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = ((double)(t1.tv_sec - t0.tv_sec) * 1e3 +
	      (double)(t1.tv_nsec - t0.tv_nsec) / 1e6) / runs;
	print_message("lang_identify: %.3f ms per article\n", ms);
	/* Printed, not checked: bench/ measures speed. */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eight_languages),
		cmocka_unit_test(test_answer_is_static),
		cmocka_unit_test(test_short_is_unknown),
		cmocka_unit_test(test_long_text_sampled),
		cmocka_unit_test(test_mixed),
		cmocka_unit_test(test_cost),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
