/*
 * gen_iso3166.c - write dyad's list of states from Debian's iso-codes.
 *
 * The ISO 3166-1 table (/usr/share/iso-codes/json/iso_3166-1.json) names
 * every state and territory with its alpha-3 code, which is the code CAMEO
 * uses for a state.  This program turns it into a native dictionary of
 * `actor NAME | NAME = CODE` lines at build time, so the list is never
 * kept by hand.  Names written as indexes ("Korea, Republic of") are left
 * out: no news text writes them so.  Demonyms, capitals and common short
 * forms are added by hand in data/dict/states.dict.
 *
 * usage: gen_iso3166 ISO_3166-1.json > iso3166.dict
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

static int usable(const char *name)
{
	return name && *name && !strchr(name, ',') && !strchr(name, '|') &&
	       !strchr(name, '#') && !strchr(name, '(');
}

static void put_name(const char *name, const char **seen, size_t *n_seen, int *first)
{
	size_t i;

	if (!usable(name))
		return;
	if (!strncmp(name, "the ", 4))
		name += 4;
	for (i = 0; i < *n_seen; i++)
		if (!strcmp(seen[i], name))
			return;
	seen[(*n_seen)++] = name;
	printf("%s%s", *first ? "" : " | ", name);
	*first = 0;
}

int main(int argc, char **argv)
{
	json_error_t jerr;
	json_t *root, *list, *entry;
	size_t i, n = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: gen_iso3166 ISO_3166-1.json\n");
		return 2;
	}
	root = json_load_file(argv[1], 0, &jerr);
	if (!root) {
		fprintf(stderr, "gen_iso3166: %s:%d: %s\n", argv[1], jerr.line, jerr.text);
		return 1;
	}
	list = json_object_get(root, "3166-1");
	if (!json_is_array(list)) {
		fprintf(stderr, "gen_iso3166: %s: no \"3166-1\" list\n", argv[1]);
		json_decref(root);
		return 1;
	}
	printf("# Generated from Debian's iso-codes (%s) by tools/gen_iso3166.c.\n"
	       "# Do not edit: the build writes it anew.\n", argv[1]);
	json_array_foreach(list, i, entry) {
		const char *code = json_string_value(json_object_get(entry, "alpha_3"));
		const char *names[3], *seen[3];
		size_t k, n_seen = 0;
		int first = 1;

		names[0] = json_string_value(json_object_get(entry, "common_name"));
		names[1] = json_string_value(json_object_get(entry, "name"));
		names[2] = json_string_value(json_object_get(entry, "official_name"));
		if (!code || strlen(code) != 3)
			continue;
		for (k = 0; k < 3; k++)
			if (usable(names[k]))
				break;
		if (k == 3)
			continue;       /* no name a text would use */
		printf("actor ");
		for (k = 0; k < 3; k++)
			put_name(names[k], seen, &n_seen, &first);
		printf(" = %s\n", code);
		n++;
	}
	json_decref(root);
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "gen_iso3166: cannot write output\n");
		return 1;
	}
	fprintf(stderr, "gen_iso3166: %zu states and territories\n", n);
	return 0;
}
