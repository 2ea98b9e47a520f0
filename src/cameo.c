/*
 * cameo.c - the CAMEO event table; see cameo.h.
 *
 * The file is read whole and split in place: names point into the text,
 * PLOVER types into a fixed list of the sixteen, so a table is four
 * allocations.  Codes are two to four digits, which makes a direct index
 * (100 + 1000 + 10000 slots) cheaper than hashing: cameo_get is a few
 * byte tests and one array read.
 */
#include "cameo.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#define CAMEO_FILE_MAX (1u << 20)       /* the real table is 20 kB */
#define CAMEO_SLOTS (100 + 1000 + 10000)
#define CAMEO_FIELDS 5

struct cameo_table {
	char *text;                     /* the file, fields NUL-terminated */
	struct cameo_entry *entries;
	size_t n_entries;
	uint32_t *lines;                /* file line of each entry */
	uint16_t slot[CAMEO_SLOTS];     /* 1 + entry index; 0 = absent */
};

/* PLOVER's event types (manual draft 0.8, 2021). */
static const char *const plover_types[] = {
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
	"RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
	"SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
};

/* CAMEO's role codes, as words after a country's name, in code order:
 * the matcher asks of every code it weighs whether it is a role, so the
 * lookup is a binary search. */
static const struct {
	const char code[4];
	const char *name;
} roles[] = {
	{ "AGR", "agriculture" }, { "ANL", "analysts" }, { "BUS", "business" },
	{ "COP", "police" }, { "CRM", "criminals" }, { "CVL", "civilians" },
	{ "DEV", "development" }, { "EDU", "education" }, { "ELI", "elites" },
	{ "ENV", "environment" }, { "GOV", "government" }, { "HLH", "health" },
	{ "HRI", "human rights" }, { "INS", "insurgents" }, { "JUD", "judiciary" },
	{ "LAB", "labour" }, { "LEG", "legislature" }, { "MED", "media" },
	{ "MIL", "military" }, { "MOD", "moderates" }, { "OPP", "opposition" },
	{ "PTY", "party" }, { "RAD", "radicals" }, { "REB", "rebels" },
	{ "REF", "refugees" }, { "REL", "religious" }, { "SEP", "separatists" },
	{ "SPY", "intelligence" }, { "UAF", "armed forces" },
};

const char *cameo_role_name(const char *code)
{
	size_t lo = 0, hi = sizeof(roles) / sizeof(roles[0]);

	if (!code || !code[0] || !code[1] || !code[2])
		return NULL;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int d = memcmp(code, roles[mid].code, 3);
		if (!d)
			return roles[mid].name;
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

int cameo_quad_class(int root)
{
	if (root >= 1 && root <= 5)
		return 1;
	if (root >= 6 && root <= 8)
		return 2;
	if (root >= 9 && root <= 13)
		return 3;
	if (root >= 14 && root <= 20)
		return 4;
	return 0;
}

/* The slot of code[0..n), or -1 when it is not 2 to 4 digits. */
static int code_slot(const char *code, size_t n)
{
	int v = 0;
	size_t i;

	if (n < 2 || n > 4)
		return -1;
	for (i = 0; i < n; i++) {
		if (code[i] < '0' || code[i] > '9')
			return -1;
		v = v * 10 + (code[i] - '0');
	}
	return n == 2 ? v : n == 3 ? 100 + v : 1100 + v;
}

/* A decimal "-9.5", "+3", "10.0"; strtod would follow the host program's
 * locale and take "0x1p3" or "inf".  The digits gather into an integer
 * divided once by a power of ten, which for up to 15 digits (exact in a
 * double) rounds as strtod does: 1.9 here is 1.9 everywhere.  Returns 0,
 * or -1 when s is not such a number. */
static int parse_weight(const char *s, double *out)
{
	double mant = 0, scale = 1;
	int neg = 0, digits = 0;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		mant = mant * 10 + (*s - '0');
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
			mant = mant * 10 + (*s - '0');
			scale *= 10;
		}
	}
	if (!digits || digits > 15 || *s)
		return -1;
	*out = (neg ? -mant : mant) / scale;
	return 0;
}

static const char *plover_intern(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(plover_types) / sizeof(plover_types[0]); i++)
		if (!strcmp(plover_types[i], s))
			return plover_types[i];
	return NULL;
}

struct parse {
	const char *path;
	dyad_error *err;
	size_t n_err;
};

/* Record a fault at line; the first one's message is the one kept. */
static void parse_fail(struct parse *ps, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void parse_fail(struct parse *ps, size_t line, const char *fmt, ...)
{
	char what[512];
	va_list ap;

	if (!ps->n_err++) {
		va_start(ap, fmt);
		vsnprintf(what, sizeof(what), fmt, ap);
		va_end(ap);
		dyad_fail(ps->err, DYAD_EPARSE, "%s:%zu: %s", ps->path, line,
			  what);
	}
}

/* Parse one data line (already NUL-terminated) into t's next entry. */
static void parse_line(struct cameo_table *t, struct parse *ps, char *s,
		       size_t line)
{
	char *f[CAMEO_FIELDS];
	struct cameo_entry *e = &t->entries[t->n_entries];
	const char *plover;
	size_t n_f = 0, len;
	int slot, root, quad;
	double g;

	for (;;) {
		char *tab = strchr(s, '\t');
		if (n_f < CAMEO_FIELDS)
			f[n_f] = s;
		n_f++;
		if (!tab)
			break;
		*tab = '\0';
		s = tab + 1;
	}
	if (n_f != CAMEO_FIELDS) {
		parse_fail(ps, line, "%zu tab-separated fields where 5 belong "
			   "(code, name, goldstein, quad_class, plover)", n_f);
		return;
	}
	len = strlen(f[0]);
	slot = code_slot(f[0], len);
	root = slot < 0 ? 0 : (f[0][0] - '0') * 10 + (f[0][1] - '0');
	if (slot < 0 || !cameo_quad_class(root)) {
		parse_fail(ps, line, "'%s' is not a CAMEO code (2 to 4 digits, "
			   "root 01 to 20)", f[0]);
		return;
	}
	if (t->slot[slot]) {
		parse_fail(ps, line, "code %s repeats line %u", f[0],
			   t->lines[t->slot[slot] - 1]);
		return;
	}
	if (!*f[1]) {
		parse_fail(ps, line, "code %s has no name", f[0]);
		return;
	}
	if (parse_weight(f[2], &g) || g < -10.0 || g > 10.0) {
		parse_fail(ps, line, "Goldstein weight '%s' is not a number "
			   "from -10 to 10", f[2]);
		return;
	}
	quad = cameo_quad_class(root);
	if (strlen(f[3]) != 1 || f[3][0] - '0' != quad) {
		parse_fail(ps, line, "quad class '%s' for root %02d, which is "
			   "quad class %d", f[3], root, quad);
		return;
	}
	/* "-" becomes "", not NULL: every string of an entry can go
	 * straight to printf or a JSON writer. */
	plover = strcmp(f[4], "-") ? plover_intern(f[4]) : "";
	if (!plover) {
		parse_fail(ps, line, "'%s' is not a PLOVER event type (or '-' "
			   "for none)", f[4]);
		return;
	}
	memcpy(e->code, f[0], len + 1);
	memcpy(e->root, f[0], 2);
	e->root[2] = '\0';
	e->name = f[1];
	e->goldstein = g;
	e->quad_class = quad;
	e->plover = plover;
	t->lines[t->n_entries] = (uint32_t)line;
	t->slot[slot] = (uint16_t)(++t->n_entries);
}

/* Every subcode needs its parent: "0421" under "042" under "04". */
static void check_parents(struct cameo_table *t, struct parse *ps)
{
	size_t i;

	for (i = 0; i < t->n_entries; i++) {
		const struct cameo_entry *e = &t->entries[i];
		size_t len = strlen(e->code);

		if (len > 2 && !t->slot[code_slot(e->code, len - 1)])
			parse_fail(ps, t->lines[i], "code %s has no parent "
				   "%.*s in the table", e->code, (int)len - 1,
				   e->code);
	}
}

static int read_file(const char *path, char **text, size_t *len,
		     dyad_error *err)
{
	FILE *fp = fopen(path, "rb");
	size_t got;
	char *p, *q;

	if (!fp)
		return dyad_fail(err, DYAD_EIO, "%s: %s", path, strerror(errno));
	p = malloc(CAMEO_FILE_MAX + 1);
	if (!p) {
		fclose(fp);
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	}
	got = fread(p, 1, CAMEO_FILE_MAX + 1, fp);
	if (ferror(fp) || got > CAMEO_FILE_MAX) {
		int e = errno;
		fclose(fp);
		free(p);
		if (got > CAMEO_FILE_MAX)
			return dyad_fail(err, DYAD_EIO, "%s: larger than %u kB; "
					 "not a CAMEO table", path,
					 CAMEO_FILE_MAX >> 10);
		return dyad_fail(err, DYAD_EIO, "%s: %s", path, strerror(e));
	}
	fclose(fp);
	/* Names point into the text for the table's life: give back the
	 * rest of the cap. */
	q = realloc(p, got + 1);
	if (q)
		p = q;
	p[got] = '\0';
	*text = p;
	*len = got;
	return DYAD_OK;
}

int cameo_load(struct cameo_table **out, const char *path, dyad_error *err)
{
	struct parse ps = { path, err, 0 };
	struct cameo_table *t;
	size_t len = 0, line = 0, n_max = 1, i;
	char *p, *end, *next;
	int rc;

	*out = NULL;
	t = calloc(1, sizeof(*t));
	if (!t)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	rc = read_file(path, &t->text, &len, err);
	if (rc) {
		cameo_free(t);
		return rc;
	}
	/* Codes cannot repeat, so there are never more than slots. */
	for (i = 0; i < len; i++)
		n_max += t->text[i] == '\n';
	if (n_max > CAMEO_SLOTS)
		n_max = CAMEO_SLOTS;
	t->entries = calloc(n_max, sizeof(*t->entries));
	t->lines = calloc(n_max, sizeof(*t->lines));
	if (!t->entries || !t->lines) {
		cameo_free(t);
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	}
	end = t->text + len;
	for (p = t->text; p < end; p = next) {
		char *eol = memchr(p, '\n', (size_t)(end - p));
		char *line_end = eol ? eol : end;

		next = eol ? eol + 1 : end;
		line++;
		if (memchr(p, '\0', (size_t)(line_end - p))) {
			parse_fail(&ps, line, "NUL byte in the line");
			continue;
		}
		*line_end = '\0';
		if (line_end > p && line_end[-1] == '\r')
			line_end[-1] = '\0';
		if (*p && *p != '#' && t->n_entries < n_max)
			parse_line(t, &ps, p, line);
	}
	if (!t->n_entries && !ps.n_err)
		parse_fail(&ps, line ? line : 1, "no CAMEO codes in the file");
	check_parents(t, &ps);
	if (ps.n_err) {
		if (ps.n_err > 1 && err) {
			size_t k = strlen(err->msg);
			snprintf(err->msg + k, sizeof(err->msg) - k,
				 " (and %zu more faults)", ps.n_err - 1);
		}
		cameo_free(t);
		return DYAD_EPARSE;
	}
	*out = t;
	return DYAD_OK;
}

const struct cameo_entry *cameo_get(const struct cameo_table *t,
				    const char *code)
{
	size_t n;
	int slot;

	if (!t || !code)
		return NULL;
	n = strnlen(code, 5);
	slot = code_slot(code, n);
	if (slot < 0 || !t->slot[slot])
		return NULL;
	return &t->entries[t->slot[slot] - 1];
}

int cameo_valid(const struct cameo_table *t, const char *code)
{
	return cameo_get(t, code) != NULL;
}

size_t cameo_count(const struct cameo_table *t)
{
	return t ? t->n_entries : 0;
}

const struct cameo_entry *cameo_at(const struct cameo_table *t, size_t i)
{
	return t && i < t->n_entries ? &t->entries[i] : NULL;
}

void cameo_free(struct cameo_table *t)
{
	if (!t)
		return;
	free(t->text);
	free(t->entries);
	free(t->lines);
	free(t);
}
