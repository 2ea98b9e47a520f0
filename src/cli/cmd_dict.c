/*
 * cmd_dict.c - `dyad dict`: load dictionaries, report what they hold.
 *
 * It is the quickest check that a dictionary loads (a malformed line is
 * reported with its file and line) and shows the counts a user compares
 * with the file.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static const char dict_help[] =
"usage: dyad dict [--dict PATH]... [--dict-format F]\n"
"\n"
"Load dictionaries (dyad's own unless --dict is given) and print what\n"
"they hold, with the load time.\n"
"\n"
"options:\n"
"  --dict PATH        a dictionary file or directory; repeatable; 'default'\n"
"                     names dyad's own\n"
"  --dict-format F    auto (default), native, petrarch or tabari\n"
"  --report           also list people per state, patterns per CAMEO code,\n"
"                     the codes no pattern produces (gaps), patterns\n"
"                     written twice and actor names written for two\n"
"                     actors\n"
"  -h, --help         this help\n";

static int print_report(dyad_lexicon *lex)
{
	struct dyad_lexicon_report r;
	dyad_error err = { 0, "" };
	size_t i, people = 0;

	if (dyad_lexicon_report(lex, &r, &err)) {
		cli_error("%s", err.msg);
		return -1;
	}
	for (i = 0; i < r.n_people_by_state; i++)
		people += r.people_by_state[i].n;
	printf("\npeople by state\t%zu\n", people);
	for (i = 0; i < r.n_people_by_state; i++)
		printf("  %s\t%zu\n", r.people_by_state[i].key, r.people_by_state[i].n);
	printf("\npatterns by code\t%zu codes\n", r.n_patterns_by_code);
	for (i = 0; i < r.n_patterns_by_code; i++)
		printf("  %s\t%zu\n", r.patterns_by_code[i].key, r.patterns_by_code[i].n);
	printf("\ngaps\t%zu\n", r.n_gaps);
	for (i = 0; i < r.n_gaps; i++)
		printf("  %s\n", r.gaps[i]);
	printf("\nduplicate patterns\t%zu\n", r.n_duplicates);
	for (i = 0; i < r.n_duplicates; i++)
		printf("  %s\n", r.duplicates[i]);
	printf("\nduplicate names\t%zu\n", r.n_duplicate_names);
	for (i = 0; i < r.n_duplicate_names; i++)
		printf("  %s\n", r.duplicate_names[i]);
	dyad_lexicon_report_free(&r);
	return 0;
}

int cmd_dict(int argc, char **argv)
{
	struct cli_dicts d;
	dyad_lexicon *lex;
	struct dyad_lexicon_stats st;
	struct timespec t0, t1;
	int i, r, rc, want_report = 0;

	memset(&d, 0, sizeof(d));
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			fputs(dict_help, stdout);
			return EXIT_OK;
		}
		if ((r = cli_dict_option(&d, argc, argv, &i)) < 0)
			return EXIT_USAGE;
		if (!r && !strcmp(argv[i], "--report")) {
			want_report = 1;
			continue;
		}
		if (!r) {
			cli_error("dict: unknown argument '%s'; see 'dyad dict --help'", argv[i]);
			return EXIT_USAGE;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((rc = cli_load_lexicon(&d, &lex)))
		return cli_exit_for(rc);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	dyad_lexicon_stats(lex, &st);
	printf("actors\t%zu\nactor_names\t%zu\nactor_codes\t%zu\nagents\t%zu\n"
	       "verbs\t%zu\nnouns\t%zu\nverb_forms\t%zu\npatterns\t%zu\nsynsets\t%zu\n"
	       "discards\t%zu\n",
	       st.actors, st.actor_names, st.actor_codes, st.agents, st.verbs, st.nouns,
	       st.verb_forms, st.patterns, st.synsets, st.discards);
	if (want_report && print_report(lex)) {
		dyad_lexicon_free(lex);
		return EXIT_FATAL;
	}
	fprintf(stderr, "dyad: loaded in %.1f ms\n",
		(double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
	dyad_lexicon_free(lex);
	return EXIT_OK;
}
