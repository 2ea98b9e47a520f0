/*
 * cameo.h - the CAMEO event codes: name, Goldstein weight, quad class and
 * PLOVER type of each; and the role codes of CAMEO's actors.
 *
 * The coder decides that a sentence is a "042"; this table, read from
 * data/cameo.tsv, says what a 042 is ("Make a visit", +1.9, verbal
 * cooperation, CONSULT) and which codes exist at all, so dictionaries that
 * name an unknown code can be told so at load time.  The caller of
 * cameo_load owns the table and frees it with cameo_free; entries and
 * their strings live as long as the table.  A loaded table is read-only.
 */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include <stddef.h>

#include "dyad.h"

struct cameo_entry {
	char code[5];           /* "04", "042" or "0421" */
	char root[3];           /* "04" */
	const char *name;       /* "Make a visit" */
	/* PLOVER event type ("CONSULT"); "" (never NULL) for roots 01
	 * and 02, which PLOVER's CAMEO mapping leaves out. */
	const char *plover;
	double goldstein;       /* -10.0 .. +10.0 */
	int quad_class;         /* 1 verbal coop, 2 material coop,
				 * 3 verbal conflict, 4 material conflict */
};

struct cameo_table;

/* Read a CAMEO table (data/cameo.tsv).  Every line is checked and a bad
 * one does not hide the next; on any fault nothing is loaded, and err
 * holds "FILE:LINE: what" for the first (with how many others there
 * were).  Returns DYAD_OK and sets *out (OUT), or DYAD_EIO, DYAD_EPARSE,
 * DYAD_ENOMEM. */
int cameo_load(struct cameo_table **out, const char *path, dyad_error *err);

/* The entry for a NUL-terminated code ("042"); NULL when it is unknown or
 * not a code at all. */
const struct cameo_entry *cameo_get(const struct cameo_table *t,
				    const char *code);
/* 1 when code is in the table, else 0. */
int cameo_valid(const struct cameo_table *t, const char *code);

/* Entries in file order, for listing: i from 0 to cameo_count() - 1. */
size_t cameo_count(const struct cameo_table *t);
const struct cameo_entry *cameo_at(const struct cameo_table *t, size_t i);

/* The quad class of a root 1..20 by GDELT's rule; 0 for anything else. */
int cameo_quad_class(int root);

/* The word for an actor role code's first three letters ("GOV":
 * "government"); NULL when they are not a role.  No state's ISO code is
 * also a role, so a bare three-letter code is a role exactly when this
 * knows it ("MIL" for soldiers of no named state, "SDN" for Sudan). */
const char *cameo_role_name(const char *code);

void cameo_free(struct cameo_table *t);

#endif
