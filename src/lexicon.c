/*
 * lexicon.c - dictionary storage, the builder every reader uses, loading
 * of files and directories, and the indexes the matcher walks.
 *
 * The lexicon owns everything it stores: one arena for strings and small
 * arrays, growable vectors for the tables, hash maps for the tries.  It is
 * built once, finalized, then only read.
 */
#include "lexicon_int.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "error.h"

#define VEC_PUSH(lex, vec, out) \
	vec_push((void **)&(vec).v, &(vec).n, &(vec).cap, sizeof(*(vec).v), (void **)(out))

static __attribute__((noinline)) int vec_grow(void **v, size_t *cap, size_t sz)
{
	size_t ncap = *cap ? *cap * 2 : 64;
	void *nv = realloc(*v, ncap * sz);

	if (!nv)
		return -1;
	*v = nv;
	*cap = ncap;
	return 0;
}

/* Inline, so that the size is a constant where it is used: a load
 * pushes some 200,000 items. */
static inline int vec_push(void **v, size_t *n, size_t *cap, size_t sz, void **out)
{
	if (*n == *cap && vec_grow(v, cap, sz))
		return -1;
	*out = (char *)*v + *n * sz;
	memset(*out, 0, sz);
	(*n)++;
	return 0;
}

/* ---- strings ---------------------------------------------------------- */

/* strtab_intern() for a string whose strmap_hash() is h. */
static uint32_t strtab_intern_h(struct arena *mem, struct lex_strtab *t,
				const char *s, size_t n, uint32_t h)
{
	uint32_t id;
	char *copy;

	if (strmap_get_h(&t->map, s, n, h, &id))
		return id;
	if (t->n == t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 256;
		const char **ns = realloc(t->strs, ncap * sizeof(*ns));
		if (!ns)
			return LEX_NONE;
		t->strs = ns;
		t->cap = ncap;
	}
	copy = arena_strndup(mem, s, n);
	if (!copy || strmap_put_h(&t->map, s, n, h, (uint32_t)t->n))
		return LEX_NONE;
	t->strs[t->n] = copy;
	return (uint32_t)t->n++;
}

static uint32_t strtab_intern(struct arena *mem, struct lex_strtab *t,
			      const char *s, size_t n)
{
	return strtab_intern_h(mem, t, s, n, strmap_hash(s, n));
}

static void strtab_free(struct lex_strtab *t)
{
	strmap_free(&t->map);
	free(t->strs);
}

/* lex_fold() from byte i on, where o bytes are out: code point by code
 * point.  Apart, so that the ASCII loop every token takes saves no
 * registers for it. */
static __attribute__((noinline)) size_t fold_unicode(const char *s, size_t n, size_t i,
						     char *out, size_t o, size_t cap)
{
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t m;

		if (k <= 0)
			return 0;
		m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
		if (o + (size_t)m > cap)
			return 0;
		memcpy(out + o, enc, (size_t)m);
		o += (size_t)m;
		i += (size_t)k;
	}
	return o;
}

size_t lex_fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80)          /* rare: fold the rest as Unicode */
			return fold_unicode(s, n, i, out, o, cap);
		if (o >= cap)
			return 0;
		out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return o;
}

uint32_t lex_word(dyad_lexicon *lex, const char *w, size_t n)
{
	char buf[256];
	uint32_t h = STRMAP_FNV_BASIS;
	size_t i, k;

	/* lex_fold()'s ASCII loop, hashing as it folds: every word of
	 * every dictionary line comes here. */
	for (i = 0; i < n && i < sizeof(buf); i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 0x80)
			break;
		c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		buf[i] = (char)c;
		h = (h ^ c) * STRMAP_FNV_PRIME;
	}
	if (i == n && n)
		return strtab_intern_h(&lex->mem, &lex->words, buf, n, h);
	k = lex_fold(w, n, buf, sizeof(buf));
	if (!k)
		return LEX_NONE;
	return strtab_intern(&lex->mem, &lex->words, buf, k);
}

const char *lex_word_str(const dyad_lexicon *lex, uint32_t id)
{
	return id < lex->words.n ? lex->words.strs[id] : "";
}

uint32_t lex_lookup(const dyad_lexicon *lex, const char *folded, size_t n)
{
	uint32_t id;

	return strmap_get(&lex->words.map, folded, n, &id) ? id : LEX_NONE;
}

const char *lex_code_str(const dyad_lexicon *lex, uint32_t code)
{
	if (code == LEX_CODE_NULL)
		return "---";
	return code < lex->codes.n ? lex->codes.strs[code] : NULL;
}

const char *lex_str(const dyad_lexicon *lex, uint32_t id)
{
	return id < lex->strs.n ? lex->strs.strs[id] : "";
}

const char *lex_actor_label(const dyad_lexicon *lex, uint32_t actor)
{
	return actor < lex->actors.n ? lex_str(lex, lex->actors.v[actor].label) : "";
}

static uint32_t code_id(dyad_lexicon *lex, const char *code, size_t len)
{
	char buf[64];		/* Phoenix issue codes reach 32 bytes */
	size_t i;

	if (!code)
		return LEX_NONE;
	if (len == 3 && memcmp(code, "---", 3) == 0)
		return LEX_CODE_NULL;
	if (len == 0 || len >= sizeof(buf))
		return LEX_NONE;
	for (i = 0; i < len; i++)
		buf[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
	return strtab_intern(&lex->mem, &lex->codes, buf, len);
}

/* ---- phrases and tries ------------------------------------------------ */

/* ' ', '_' and '\t' part the words of a phrase.  Bytes above them
 * (most) part nothing: one comparison settles them. */
static inline int is_word_gap(char ch)
{
	unsigned char c = (unsigned char)ch;

	return c <= '_' && (c == ' ' || c == '_' || c == '\t');
}

int lex_phrase(dyad_lexicon *lex, const char *phrase, size_t len,
	       uint32_t *words, uint8_t *exact)
{
	size_t i = 0;
	int n = 0;

	while (i < len) {
		size_t start, end;

		while (i < len && is_word_gap(phrase[i]))
			i++;
		if (i >= len)
			break;
		start = i;
		while (i < len && !is_word_gap(phrase[i]))
			i++;
		end = i;
		/* The segmenter splits "People's" into "People" and "'s":
		 * split dictionary words the same way. */
		if (end - start > 2 && ((phrase[end - 2] == '\'' &&
		     (phrase[end - 1] == 's' || phrase[end - 1] == 'S')) ||
		     (phrase[end - 1] == '\'' && (phrase[end - 2] == 's' ||
						  phrase[end - 2] == 'S')))) {
			size_t k = phrase[end - 1] == '\'' ? 1 : 2;  /* "workers'" */
			if (n == LEX_MAX_PHRASE)
				return -1;
			words[n] = lex_word(lex, phrase + start, end - k - start);
			if (words[n] == LEX_NONE)
				return -1;
			if (exact)
				exact[n] = 1;
			n++;
			start = end - k;
		}
		if (n == LEX_MAX_PHRASE)
			return -1;
		words[n] = lex_word(lex, phrase + start, end - start);
		if (words[n] == LEX_NONE)
			return -1;
		if (exact)
			exact[n] = i < len && phrase[i] == '_';
		n++;
	}
	if (exact && n > 0 && len > 0 && phrase[len - 1] == '_')
		exact[n - 1] = 1;
	return n > 0 ? n : -1;
}

static int trie_node(struct lex_trie *t)
{
	if (t->n_nodes == t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 1024;
		uint32_t *nv = realloc(t->values, ncap * sizeof(*nv));
		if (!nv)
			return -1;
		t->values = nv;
		t->cap = ncap;
	}
	t->values[t->n_nodes] = LEX_NONE;
	return (int)t->n_nodes++;
}

/* Note a word on an edge from the root in t->firsts.  0, or -1 when
 * memory is out. */
static int trie_first(struct lex_trie *t, uint32_t word)
{
	size_t at = word / 64;

	if (at >= t->n_firsts) {
		size_t n = t->n_firsts ? t->n_firsts : 64;
		uint64_t *nf;
		while (n <= at)
			n *= 2;
		nf = realloc(t->firsts, n * sizeof(*nf));
		if (!nf)
			return -1;
		memset(nf + t->n_firsts, 0, (n - t->n_firsts) * sizeof(*nf));
		t->firsts = nf;
		t->n_firsts = n;
	}
	t->firsts[at] |= 1ull << (word % 64);
	return 0;
}

/* Insert a word path; returns the node it ends at, or LEX_NONE. */
static uint32_t trie_insert(struct lex_trie *t, const uint32_t *words,
			    const uint8_t *exact, int n)
{
	uint32_t node = 0, child;
	int i;

	if (t->n_nodes == 0 && trie_node(t) < 0)
		return LEX_NONE;
	for (i = 0; i < n; i++) {
		uint64_t key = (uint64_t)node << 32 | words[i];
		/* the node trie_node() makes next, if the edge is new */
		uint32_t next = (uint32_t)t->n_nodes | (exact[i] ? LEX_EXACT_BIT : 0);
		int had = intmap_get_or_put(&t->edges, key, next, &child);

		if (had < 0)
			return LEX_NONE;
		if (had) {
			/* An inflecting edge wins over an exact one: it
			 * matches a superset. */
			if ((child & LEX_EXACT_BIT) && !exact[i]) {
				child &= ~LEX_EXACT_BIT;
				if (intmap_put(&t->edges, key, child))
					return LEX_NONE;
			}
			node = child & ~LEX_EXACT_BIT;
			continue;
		}
		int c = trie_node(t);
		if (c < 0)
			return LEX_NONE;
		if (node == 0 && trie_first(t, words[i]))
			return LEX_NONE;
		node = (uint32_t)c;
	}
	return node;
}

static void trie_free(struct lex_trie *t)
{
	intmap_free(&t->edges);
	free(t->values);
	free(t->firsts);
}

/* ---- builder ---------------------------------------------------------- */

int lex_actor_new(dyad_lexicon *lex, const char *label, size_t len,
		  unsigned flags, uint32_t *id)
{
	struct lex_actor *a;

	if (VEC_PUSH(lex, lex->actors, &a))
		return DYAD_ENOMEM;
	a->label = strtab_intern(&lex->mem, &lex->strs, label, len);
	a->flags = flags;
	a->depth = lex->load_depth;
	if (a->label == LEX_NONE)
		return DYAD_ENOMEM;
	*id = (uint32_t)(lex->actors.n - 1);
	return DYAD_OK;
}

void lex_actor_set_flags(dyad_lexicon *lex, uint32_t actor, unsigned flags)
{
	if (actor < lex->actors.n)
		lex->actors.v[actor].flags |= flags;
}

/* Index a name's first or last word, for names met alone ("Kim"). */
static int namepart_add(dyad_lexicon *lex, uint32_t word, uint32_t actor)
{
	struct lex_namepart *np;
	uint32_t head = LEX_NONE;

	if (intmap_get(&lex->namepart_index, word, &head) &&
	    lex->nameparts.v[head].actor == actor)
		return DYAD_OK;         /* an alias of the same actor */
	if (VEC_PUSH(lex, lex->nameparts, &np))
		return DYAD_ENOMEM;
	np->actor = actor;
	np->next = head;
	if (intmap_put(&lex->namepart_index, word, (uint32_t)(lex->nameparts.n - 1)))
		return DYAD_ENOMEM;
	return DYAD_OK;
}

int lex_at_file(dyad_lexicon *lex, const char *path)
{
	if (!path)
		path = "";
	lex->at.origin = strtab_intern(&lex->mem, &lex->strs, path, strlen(path));
	lex->at.line = 0;
	return lex->at.origin == LEX_NONE ? DYAD_ENOMEM : DYAD_OK;
}

void lex_at_line(dyad_lexicon *lex, uint32_t line)
{
	lex->at.line = line;
}

/* Give actor_trie's node to actor, noting where the name is written. */
static int name_at(dyad_lexicon *lex, uint32_t node, uint32_t actor)
{
	if (node >= lex->cap_name_at) {
		size_t cap = lex->cap_name_at ? lex->cap_name_at : 1024;
		struct lex_where *nw;
		while (cap <= node)
			cap *= 2;
		nw = realloc(lex->name_at, cap * sizeof(*nw));
		if (!nw)
			return -1;
		lex->name_at = nw;
		lex->cap_name_at = cap;
	}
	lex->actor_trie.values[node] = actor;
	lex->name_at[node] = lex->at;
	return 0;
}

/* A name node already held by another actor: note the pair for the
 * report, and settle who keeps it. */
static int name_dup(dyad_lexicon *lex, uint32_t node, uint32_t actor,
		    const char *phrase, size_t len)
{
	uint32_t first = lex->actor_trie.values[node];
	struct lex_name_dup *d;

	lex->n_duplicate_names++;
	if (VEC_PUSH(lex, lex->name_dups, &d))
		return DYAD_ENOMEM;
	d->name = strtab_intern(&lex->mem, &lex->strs, phrase, len);
	d->first = first;
	d->later = actor;
	d->first_at = lex->name_at[node];
	d->later_at = lex->at;
	d->later_kept = lex->actors.v[first].depth > lex->actors.v[actor].depth;
	if (d->name == LEX_NONE)
		return DYAD_ENOMEM;
	if (d->later_kept && name_at(lex, node, actor))
		return DYAD_ENOMEM;
	return DYAD_OK;
}

int lex_actor_name(dyad_lexicon *lex, uint32_t actor, const char *phrase,
		   size_t len)
{
	uint32_t words[LEX_MAX_PHRASE], node;
	uint8_t exact[LEX_MAX_PHRASE];
	int n = lex_phrase(lex, phrase, len, words, exact);

	if (n < 0 || actor >= lex->actors.n)
		return DYAD_EPARSE;
	node = trie_insert(&lex->actor_trie, words, exact, n);
	if (node == LEX_NONE)
		return DYAD_ENOMEM;
	lex->n_actor_names++;
	/* The first actor to claim a name keeps it: dictionaries list the
	 * preferred reading first, and a later load must not silently
	 * re-code it.  Except that a file nearer the dictionary root beats
	 * one in a subdirectory whatever the order of their names: the
	 * hand-written states.dict saying "Congo" is the DRC, as the news
	 * means it, over generated/iso3166.dict's Republic of the Congo. */
	if (lex->actor_trie.values[node] == LEX_NONE) {
		if (name_at(lex, node, actor))
			return DYAD_ENOMEM;
	} else if (lex->actor_trie.values[node] != actor) {
		int rc = name_dup(lex, node, actor, phrase, len);
		if (rc)
			return rc;
	}
	/* a name written in lower case is news copy's own spelling, and
	 * found so (lower-case text reaches no other actor name) */
	if (phrase[0] >= 'a' && phrase[0] <= 'z') {
		uint32_t lc = trie_insert(&lex->actor_lc_trie, words, exact, n);
		if (lc == LEX_NONE)
			return DYAD_ENOMEM;
		lex->actor_lc_trie.values[lc] = node;
	}
	if (n >= 2) {
		int rc = namepart_add(lex, words[0], actor);
		const char *last = phrase + len;
		if (!rc)
			rc = namepart_add(lex, words[n - 1], actor);
		/* "Ferdinand Marcos Jr." is "Marcos" on second reference */
		if (!rc && n >= 3 && lex_generation_suffix(phrase, len))
			rc = namepart_add(lex, words[n - 2], actor);
		/* "Ahmed al-Sharaa" is "Sharaa" on second reference, as news
		 * writes Arabic family names */
		while (last > phrase && last[-1] != ' ')
			last--;
		if (!rc && phrase + len - last > 4 && (!strncasecmp(last, "al-", 3) ||
						       !strncasecmp(last, "el-", 3))) {
			uint32_t w = lex_word(lex, last + 3, (size_t)(phrase + len - last - 3));
			if (w != LEX_NONE)
				rc = namepart_add(lex, w, actor);
		}
		return rc;
	}
	return DYAD_OK;
}

size_t lex_name_part(const dyad_lexicon *lex, uint32_t word, uint32_t *actors,
		     size_t max)
{
	uint32_t at;
	size_t n = 0;

	if (word == LEX_NONE || !intmap_get(&lex->namepart_index, word, &at))
		return 0;
	for (; at != LEX_NONE && n < max; at = lex->nameparts.v[at].next)
		actors[n++] = lex->nameparts.v[at].actor;
	return n;
}

int lex_actor_code(dyad_lexicon *lex, uint32_t actor, const char *code,
		   size_t len, int32_t from, int32_t to)
{
	struct lex_actor *a;
	uint32_t c = code_id(lex, code, len);

	if (actor >= lex->actors.n || c == LEX_NONE || c == LEX_CODE_NULL)
		return DYAD_EPARSE;
	a = &lex->actors.v[actor];
	if (a->n_codes == a->cap_codes) {
		size_t cap = a->cap_codes;
		if (arena_grow(&lex->mem, (void **)&a->codes, &cap,
			       a->n_codes + 1, sizeof(*a->codes)))
			return DYAD_ENOMEM;
		a->cap_codes = (uint32_t)cap;
	}
	a->codes[a->n_codes].code = c;
	a->codes[a->n_codes].from = from;
	a->codes[a->n_codes].to = to;
	a->n_codes++;
	return DYAD_OK;
}

/* The agent trie's node for phrase, made if new, and code's id: the
 * first steps of lex_agent_add() and lex_agent_junta(). */
static int agent_node(dyad_lexicon *lex, const char *phrase, size_t len,
		      const char *code, size_t code_len, uint32_t *node, uint32_t *c)
{
	uint32_t words[LEX_MAX_PHRASE];
	uint8_t exact[LEX_MAX_PHRASE];
	int n = lex_phrase(lex, phrase, len, words, exact);

	*c = code_id(lex, code, code_len);
	if (n < 0 || *c == LEX_NONE)
		return DYAD_EPARSE;     /* "---" blocks a phrase: "opposition to" */
	*node = trie_insert(&lex->agent_trie, words, exact, n);
	return *node == LEX_NONE ? DYAD_ENOMEM : DYAD_OK;
}

int lex_agent_add(dyad_lexicon *lex, const char *phrase, size_t len,
		  const char *code, size_t code_len, enum lex_agent_place place)
{
	uint32_t node, c;
	struct lex_agent *ag;
	int rc = agent_node(lex, phrase, len, code, code_len, &node, &c);

	if (rc)
		return rc;
	if (lex->agent_trie.values[node] != LEX_NONE)
		return DYAD_OK;         /* first reading wins, as for actors */
	if (VEC_PUSH(lex, lex->agents, &ag))
		return DYAD_ENOMEM;
	ag->code = c;
	ag->junta = LEX_NONE;
	ag->place = (uint8_t)place;
	lex->agent_trie.values[node] = (uint32_t)(lex->agents.n - 1);
	return DYAD_OK;
}

int lex_agent_junta(dyad_lexicon *lex, const char *phrase, size_t len,
		    const char *code, size_t code_len)
{
	uint32_t node, c;
	struct lex_agent *ag;
	int rc = agent_node(lex, phrase, len, code, code_len, &node, &c);

	if (rc)
		return rc;
	if (lex->agent_trie.values[node] == LEX_NONE)
		return DYAD_EPARSE;     /* no agent of that phrase */
	ag = &lex->agents.v[lex->agent_trie.values[node]];
	if (ag->junta == LEX_NONE)
		ag->junta = c;
	return DYAD_OK;
}

int lex_junta_add(dyad_lexicon *lex, const char *state, int32_t from, int32_t to)
{
	struct lex_junta *j;

	if (strlen(state) < 3)
		return DYAD_EPARSE;
	if (VEC_PUSH(lex, lex->juntas, &j))
		return DYAD_ENOMEM;
	memcpy(j->state, state, 3);
	j->state[3] = '\0';
	j->from = from;
	j->to = to;
	return DYAD_OK;
}

int lex_junta_on(const dyad_lexicon *lex, const char *state, int32_t ymd)
{
	size_t i;

	if (!ymd || !state || strlen(state) < 3)
		return 0;
	for (i = 0; i < lex->juntas.n; i++) {
		const struct lex_junta *j = &lex->juntas.v[i];
		if (!memcmp(j->state, state, 3) && (!j->from || ymd >= j->from) &&
		    (!j->to || ymd < j->to))
			return 1;
	}
	return 0;
}

static int pool_add(dyad_lexicon *lex, const uint32_t *words,
		    const uint8_t *exact, int n, uint32_t *off)
{
	int i;

	*off = (uint32_t)lex->pool.n;
	for (i = 0; i < n; i++) {
		uint32_t *w;
		if (VEC_PUSH(lex, lex->pool, &w))
			return DYAD_ENOMEM;
		*w = words[i] | (exact && exact[i] ? LEX_EXACT_BIT : 0);
	}
	return DYAD_OK;
}

static int synset_find(dyad_lexicon *lex, const char *name, size_t len,
		       int create, uint32_t *id)
{
	char buf[128];
	size_t i, k = 0;
	struct lex_synset *s;

	for (i = 0; i < len && k < sizeof(buf); i++) {
		char c = name[i];
		if (c == '&' && k == 0)
			continue;
		buf[k++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
	}
	if (k == 0 || i < len)
		return DYAD_EPARSE;
	if (strmap_get(&lex->synset_by_name, buf, k, id))
		return DYAD_OK;
	if (!create)
		return DYAD_EPARSE;
	if (VEC_PUSH(lex, lex->synsets, &s))
		return DYAD_ENOMEM;
	s->name = strtab_intern(&lex->mem, &lex->strs, buf, k);
	s->first = s->last = LEX_NONE;
	*id = (uint32_t)(lex->synsets.n - 1);
	if (s->name == LEX_NONE || strmap_put(&lex->synset_by_name, buf, k, *id))
		return DYAD_ENOMEM;
	return DYAD_OK;
}

int lex_synset_add(dyad_lexicon *lex, const char *name, size_t name_len,
		   const char *phrase, size_t len)
{
	uint32_t id;
	int rc = synset_find(lex, name, name_len, 1, &id);

	return rc ? rc : lex_synset_member(lex, id, phrase, len);
}

int lex_synset_new(dyad_lexicon *lex, const char *name, size_t len, uint32_t *id)
{
	return synset_find(lex, name, len, 1, id);
}

int lex_synset_member(dyad_lexicon *lex, uint32_t id, const char *phrase, size_t len)
{
	uint32_t words[LEX_MAX_PHRASE], off;
	uint8_t exact[LEX_MAX_PHRASE];
	struct lex_member *m;
	struct lex_synset *s;
	int n, rc;

	if (id >= lex->synsets.n)
		return DYAD_EPARSE;
	n = lex_phrase(lex, phrase, len, words, exact);
	if (n < 0)
		return DYAD_EPARSE;
	if ((rc = pool_add(lex, words, exact, n, &off)))
		return rc;
	if (VEC_PUSH(lex, lex->members, &m))
		return DYAD_ENOMEM;
	m->next = LEX_NONE;
	m->off = off;
	m->n = (uint8_t)n;
	s = &lex->synsets.v[id];
	if (s->last == LEX_NONE)
		s->first = (uint32_t)(lex->members.n - 1);
	else
		lex->members.v[s->last].next = (uint32_t)(lex->members.n - 1);
	s->last = (uint32_t)(lex->members.n - 1);
	s->n++;
	return DYAD_OK;
}

/* Look a synset up by name for a pattern element ("&MILITARY"). */
int lex_synset_id(dyad_lexicon *lex, const char *name, size_t len, uint32_t *id)
{
	return synset_find(lex, name, len, 0, id);
}

int lex_class_new(dyad_lexicon *lex, enum lex_class_kind kind,
		  const char *label, size_t label_len, const char *code,
		  uint32_t *id)
{
	struct lex_class *c;

	if (VEC_PUSH(lex, lex->classes, &c))
		return DYAD_ENOMEM;
	c->kind = (uint8_t)kind;
	c->label = strtab_intern(&lex->mem, &lex->strs, label, label_len);
	c->code = code ? code_id(lex, code, strlen(code)) : LEX_NONE;
	if (c->label == LEX_NONE)
		return DYAD_ENOMEM;
	*id = (uint32_t)(lex->classes.n - 1);
	lex->finalized = 0;
	return DYAD_OK;
}

int lex_class_head(dyad_lexicon *lex, uint32_t cls, const char *phrase,
		   size_t len, const char *const *forms, size_t n_forms)
{
	uint32_t words[LEX_MAX_PHRASE];
	struct lex_head *h;
	size_t i;
	int n, rc;

	if (cls >= lex->classes.n)
		return DYAD_EPARSE;
	n = lex_phrase(lex, phrase, len, words, NULL);
	if (n < 0)
		return DYAD_EPARSE;
	if (VEC_PUSH(lex, lex->heads, &h))
		return DYAD_ENOMEM;
	h->cls = cls;
	h->kind = lex->classes.v[cls].kind;
	h->lemma = words[0];
	h->n_part = (uint8_t)(n - 1);
	if ((rc = pool_add(lex, words + 1, NULL, n - 1, &h->part_off)))
		return rc;
	for (i = 0; i < n_forms; i++) {
		uint32_t f = lex_word(lex, forms[i], strlen(forms[i]));
		/* As in lex_phrase: a form that will not fold (bad UTF-8,
		 * too long) is the dictionary's fault. */
		if (f == LEX_NONE)
			return DYAD_EPARSE;
		if (f != words[0] && intmap_put(&lex->forms, f, words[0]))
			return DYAD_ENOMEM;
	}
	lex->finalized = 0;
	return DYAD_OK;
}

int lex_pattern_add(dyad_lexicon *lex, uint32_t cls,
		    const struct lex_elem *elems, size_t n,
		    const char *code, const char *code2,
		    const char *origin, uint32_t line)
{
	struct lex_pattern *p;
	size_t i, heads = 0;
	unsigned weight = 0;

	if (cls >= lex->classes.n || n == 0 || n > 64)
		return DYAD_EPARSE;
	for (i = 0; i < n; i++) {
		if (elems[i].kind == LEX_EL_HEAD)
			heads++;
		else if (elems[i].kind == LEX_EL_WORD || elems[i].kind == LEX_EL_SYNSET)
			weight += 2;
		else if (elems[i].kind == LEX_EL_TARGET || elems[i].kind == LEX_EL_SOURCE ||
			 elems[i].kind == LEX_EL_NEXT)
			weight += 1;    /* '~': a tighter pattern is the more specific */
	}
	if (heads != 1)
		return DYAD_EPARSE;
	if (VEC_PUSH(lex, lex->patterns, &p))
		return DYAD_ENOMEM;
	p->cls = cls;
	p->el_off = (uint32_t)lex->elems.n;
	p->n_el = (uint16_t)n;
	p->weight = (uint16_t)weight;
	p->code = code ? code_id(lex, code, strlen(code)) : LEX_NONE;
	p->code2 = code2 ? code_id(lex, code2, strlen(code2)) : LEX_NONE;
	/* Patterns come from the file loading: its name is interned once. */
	if (origin && lex->at.origin < lex->strs.n && !strcmp(origin, lex->strs.strs[lex->at.origin]))
		p->origin = lex->at.origin;
	else
		p->origin = strtab_intern(&lex->mem, &lex->strs, origin ? origin : "",
					  origin ? strlen(origin) : 0);
	p->line = line;
	p->seq = (uint32_t)(lex->patterns.n - 1);
	if ((code && p->code == LEX_NONE) || (code2 && p->code2 == LEX_NONE))
		return DYAD_EPARSE;
	for (i = 0; i < n; i++) {
		struct lex_elem *e;
		if (VEC_PUSH(lex, lex->elems, &e))
			return DYAD_ENOMEM;
		*e = elems[i];
	}
	lex->finalized = 0;
	return DYAD_OK;
}

int lex_discard_add(dyad_lexicon *lex, const char *phrase, size_t len, int story)
{
	uint32_t words[LEX_MAX_PHRASE], node;
	uint8_t exact[LEX_MAX_PHRASE];
	int n = lex_phrase(lex, phrase, len, words, exact);

	if (n < 0)
		return DYAD_EPARSE;
	node = trie_insert(&lex->discard_trie, words, exact, n);
	if (node == LEX_NONE)
		return DYAD_ENOMEM;
	if (lex->discard_trie.values[node] == LEX_NONE)
		lex->n_discards++;
	if (lex->discard_trie.values[node] == LEX_NONE || story)
		lex->discard_trie.values[node] = story ? 1 : 0;
	return DYAD_OK;
}

int lex_issue_add(dyad_lexicon *lex, const char *phrase, size_t len,
		  const char *code, size_t code_len)
{
	uint32_t words[LEX_MAX_PHRASE], node;
	uint8_t exact[LEX_MAX_PHRASE];
	struct lex_issue *is;
	int n = lex_phrase(lex, phrase, len, words, exact);

	if (n < 0 || !code_len)
		return DYAD_EPARSE;
	node = trie_insert(&lex->issue_trie, words, exact, n);
	if (node == LEX_NONE)
		return DYAD_ENOMEM;
	if (lex->issue_trie.values[node] != LEX_NONE)
		return DYAD_OK;
	if (VEC_PUSH(lex, lex->issues, &is))
		return DYAD_ENOMEM;
	is->code = code_id(lex, code, code_len);
	if (is->code == LEX_NONE)
		return DYAD_EPARSE;
	lex->issue_trie.values[node] = (uint32_t)(lex->issues.n - 1);
	return DYAD_OK;
}

/* ---- lemmas ----------------------------------------------------------- */

void lex_lemmas(const dyad_lexicon *lex, const char *folded, size_t n,
		uint32_t word, uint32_t *vlemma, uint32_t *nlemma)
{
	const char *lem[4];
	size_t k, i;
	uint32_t id;

	*vlemma = *nlemma = LEX_NONE;
	if (word != LEX_NONE && intmap_get(&lex->forms, word, &id))
		*vlemma = id;
	if (!lex->morph)
		return;
	if (*vlemma == LEX_NONE) {
		k = morph_lemmas(lex->morph, MORPH_VERB, folded, n, lem, 4);
		/* Prefer a lemma the lexicon knows: "left" is "leave" and "left". */
		for (i = 0; i < k && *vlemma == LEX_NONE; i++)
			*vlemma = lex_lookup(lex, lem[i], strlen(lem[i]));
	}
	k = morph_lemmas(lex->morph, MORPH_NOUN, folded, n, lem, 4);
	for (i = 0; i < k && *nlemma == LEX_NONE; i++)
		*nlemma = lex_lookup(lex, lem[i], strlen(lem[i]));
}

/* ---- finalize --------------------------------------------------------- */

static int head_cmp(const void *a, const void *b)
{
	const struct lex_head *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->lemma != y->lemma)
		return x->lemma < y->lemma ? -1 : 1;
	/* Longer phrasal heads first: "give up" before "give". */
	if (x->n_part != y->n_part)
		return x->n_part > y->n_part ? -1 : 1;
	return x->cls < y->cls ? -1 : x->cls > y->cls;
}

static int pattern_cmp(const void *a, const void *b)
{
	const struct lex_pattern *x = a, *y = b;

	if (x->cls != y->cls)
		return x->cls < y->cls ? -1 : 1;
	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Synonym-set members by first word, so a pattern element asks only the
 * members that can start at a token: chain each set's members with the
 * same first word (the last added first), then list per word the sets
 * and the head of each chain.  0, or -1 when memory is out. */
static int index_set_starts(dyad_lexicon *lex)
{
	struct intmap heads;            /* set << 32 | first word -> member */
	size_t i, n = 0;
	uint32_t *fill = NULL, m, w, prev;
	int rc = -1;

	free(lex->set_start_at);
	free(lex->set_start_bits);
	free(lex->set_starts.v);
	lex->set_start_at = NULL;
	lex->set_start_bits = NULL;
	lex->n_set_start_at = 0;
	memset(&lex->set_starts, 0, sizeof(lex->set_starts));
	intmap_init(&heads);
	if (!lex->synsets.n || !lex->words.n)
		return 0;
	/* fill[w]: first the number of sets with a member starting with w,
	 * then where the next of them goes in set_starts. */
	fill = calloc(lex->words.n, sizeof(*fill));
	lex->set_start_at = malloc(lex->words.n * sizeof(*lex->set_start_at));
	lex->set_start_bits = calloc((lex->words.n + 63) / 64, sizeof(*lex->set_start_bits));
	if (!fill || !lex->set_start_at || !lex->set_start_bits)
		goto out;
	lex->n_set_start_at = lex->words.n;
	for (i = 0; i < lex->synsets.n; i++)
		for (m = lex->synsets.v[i].first; m != LEX_NONE; m = lex->members.v[m].next) {
			struct lex_member *mb = &lex->members.v[m];
			w = lex->pool.v[mb->off] & ~LEX_EXACT_BIT;
			mb->next_same = intmap_get(&heads, (uint64_t)i << 32 | w, &prev) ?
					prev : LEX_NONE;
			if (intmap_put(&heads, (uint64_t)i << 32 | w, m))
				goto out;
			fill[w] += mb->next_same == LEX_NONE;
		}
	for (w = 0; w < lex->words.n; w++) {
		lex->set_start_at[w] = fill[w] ? (uint32_t)n : LEX_NONE;
		if (fill[w])
			lex->set_start_bits[w / 64] |= 1ull << (w % 64);
		n += fill[w] ? fill[w] + 1 : 0;         /* and the end mark */
		fill[w] = lex->set_start_at[w];
	}
	lex->set_starts.v = malloc((n ? n : 1) * sizeof(*lex->set_starts.v));
	if (!lex->set_starts.v)
		goto out;
	lex->set_starts.n = lex->set_starts.cap = n;
	for (i = 0; i < n; i++)
		lex->set_starts.v[i].set = lex->set_starts.v[i].member = LEX_NONE;
	for (i = 0; i < lex->synsets.n; i++)
		for (m = lex->synsets.v[i].first; m != LEX_NONE; m = lex->members.v[m].next) {
			const struct lex_member *mb = &lex->members.v[m];
			struct lex_set_start *e;
			if (mb->next_same != LEX_NONE)
				continue;       /* not the first with its word */
			w = lex->pool.v[mb->off] & ~LEX_EXACT_BIT;
			e = &lex->set_starts.v[fill[w]++];
			e->set = (uint32_t)i;
			intmap_get(&heads, (uint64_t)i << 32 | w, &e->member);
		}
	rc = 0;
out:
	if (rc) {
		free(lex->set_start_at);
		free(lex->set_start_bits);
		lex->set_start_at = NULL;
		lex->set_start_bits = NULL;
		lex->n_set_start_at = 0;
	}
	free(fill);
	intmap_free(&heads);
	return rc;
}

/* Sort the n items of size sz at v stably by key[i], their present
 * order breaking ties: a radix sort from the lowest byte, a pass a byte,
 * skipping the bytes all keys share.  Its order is the comparison
 * functions' (a key packs their fields, in their order) and glibc's
 * qsort's, a stable merge sort at these sizes; it costs a tenth as
 * much.  0, or -1 when memory is out (v is left as it was). */
static int radix_sort(void *v, size_t n, size_t sz, const uint64_t *key)
{
	uint32_t *idx = malloc(n * sizeof(*idx)), *tmp = malloc(n * sizeof(*tmp)), *t;
	char *out = malloc(n * sz);
	uint64_t any = 0, all = ~(uint64_t)0;
	size_t i, count[256];
	unsigned shift;
	int rc = -1;

	if (!idx || !tmp || !out || n > UINT32_MAX)
		goto done;
	for (i = 0; i < n; i++) {
		idx[i] = (uint32_t)i;
		any |= key[i];
		all &= key[i];
	}
	for (shift = 0; shift < 64; shift += 8) {
		size_t at = 0, c;
		if (!(((any ^ all) >> shift) & 0xff))
			continue;
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(key[idx[i]] >> shift) & 0xff]++;
		for (c = 0; c < 256; c++) {
			size_t k = count[c];
			count[c] = at;
			at += k;
		}
		for (i = 0; i < n; i++)
			tmp[count[(key[idx[i]] >> shift) & 0xff]++] = idx[i];
		t = idx;
		idx = tmp;
		tmp = t;
	}
	for (i = 0; i < n; i++)
		memcpy(out + i * sz, (char *)v + (size_t)idx[i] * sz, sz);
	memcpy(v, out, n * sz);
	rc = 0;
done:
	free(idx);
	free(tmp);
	free(out);
	return rc;
}

static unsigned bits_for(uint64_t max)
{
	unsigned b = 0;

	while (b < 64 && max >> b)
		b++;
	return b;
}

/* Heads in head_cmp()'s order, patterns in pattern_cmp()'s.  A pattern's
 * key leaves out seq: patterns equal in class and weight are already in
 * seq order, as they are added with rising seq after any earlier sort. */
static void sort_heads_patterns(dyad_lexicon *lex)
{
	uint64_t *key;
	size_t i, n = lex->heads.n > lex->patterns.n ? lex->heads.n : lex->patterns.n;
	uint32_t max_lemma = 0, max_cls = 0;
	unsigned lb, cb;
	int sorted = 0;

	key = malloc((n ? n : 1) * sizeof(*key));
	for (i = 0; i < lex->heads.n; i++) {
		if (lex->heads.v[i].lemma > max_lemma)
			max_lemma = lex->heads.v[i].lemma;
		if (lex->heads.v[i].cls > max_cls)
			max_cls = lex->heads.v[i].cls;
	}
	lb = bits_for(max_lemma);
	cb = bits_for(max_cls);
	if (key && lex->heads.n && 8 + lb + 8 + cb <= 64) {
		for (i = 0; i < lex->heads.n; i++) {
			const struct lex_head *h = &lex->heads.v[i];
			key[i] = (uint64_t)h->kind << (lb + 8 + cb) | (uint64_t)h->lemma << (8 + cb) |
				 (uint64_t)(255 - h->n_part) << cb | h->cls;
		}
		sorted = !radix_sort(lex->heads.v, lex->heads.n, sizeof(*lex->heads.v), key);
	}
	/* An empty vector is NULL, which qsort must not be given. */
	if (!sorted && lex->heads.n)
		qsort(lex->heads.v, lex->heads.n, sizeof(*lex->heads.v), head_cmp);
	sorted = 0;
	if (key && lex->patterns.n) {
		for (i = 0; i < lex->patterns.n; i++)
			key[i] = (uint64_t)lex->patterns.v[i].cls << 16 |
				 (uint16_t)(0xffff - lex->patterns.v[i].weight);
		sorted = !radix_sort(lex->patterns.v, lex->patterns.n,
				     sizeof(*lex->patterns.v), key);
	}
	if (!sorted && lex->patterns.n)
		qsort(lex->patterns.v, lex->patterns.n, sizeof(*lex->patterns.v), pattern_cmp);
	free(key);
}

int lex_finalize(dyad_lexicon *lex, dyad_error *err)
{
	size_t i;

	if (lex->finalized)
		return DYAD_OK;
	sort_heads_patterns(lex);
	intmap_free(&lex->head_index);
	intmap_init(&lex->head_index);
	for (i = 0; i < lex->heads.n; i++) {
		const struct lex_head *h = &lex->heads.v[i];
		uint64_t key = (uint64_t)h->kind << 32 | h->lemma;
		uint32_t first;
		if (intmap_get(&lex->head_index, key, &first))
			continue;
		if (intmap_put(&lex->head_index, key, (uint32_t)i))
			return dyad_fail(err, DYAD_ENOMEM, "out of memory indexing verbs");
	}
	if (index_set_starts(lex))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory indexing sets");
	free(lex->gates);
	if (!(lex->gates = malloc((lex->patterns.n ? lex->patterns.n : 1) * sizeof(*lex->gates))))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory indexing patterns");
	for (i = 0; i < lex->patterns.n; i++) {
		const struct lex_pattern *p = &lex->patterns.v[i];
		const struct lex_elem *el = &lex->elems.v[p->el_off];
		struct lex_pat_gate *g = &lex->gates[i];
		size_t e, words = 0, sets = 0;
		g->req[0] = g->req[1] = g->set[0] = g->set[1] = LEX_NONE;
		g->weight = p->weight;
		g->more_sets = 0;
		for (e = 0; e < p->n_el; e++)
			if (el[e].kind == LEX_EL_WORD && words < 2)
				g->req[words++] = el[e].id;
			else if (el[e].kind == LEX_EL_SYNSET && sets < 2)
				g->set[sets++] = el[e].id;
			else if (el[e].kind == LEX_EL_SYNSET)
				g->more_sets = 1;
	}
	for (i = 0; i < lex->classes.n; i++)
		lex->classes.v[i].n_pats = 0;
	for (i = lex->patterns.n; i-- > 0;) {
		struct lex_class *c = &lex->classes.v[lex->patterns.v[i].cls];
		c->pat_first = (uint32_t)i;
		c->n_pats++;
	}
	lex->finalized = 1;
	return DYAD_OK;
}

size_t lex_heads(const dyad_lexicon *lex, enum lex_class_kind kind,
		 uint32_t lemma, const struct lex_head **first)
{
	uint32_t at;
	size_t n = 0;

	if (lemma == LEX_NONE ||
	    !intmap_get(&lex->head_index, (uint64_t)kind << 32 | lemma, &at))
		return 0;
	*first = &lex->heads.v[at];
	while (at + n < lex->heads.n && lex->heads.v[at + n].kind == kind &&
	       lex->heads.v[at + n].lemma == lemma)
		n++;
	return n;
}

/* ---- life cycle and loading ------------------------------------------ */

static const char *default_data_dir(void)
{
	const char *d = getenv("DYAD_DATA");

	return d && *d ? d : DYAD_DATADIR;
}

int lex_new_bare(dyad_lexicon **out, const char *data_dir)
{
	dyad_lexicon *lex = calloc(1, sizeof(*lex));

	*out = NULL;
	if (!lex)
		return DYAD_ENOMEM;
	arena_init(&lex->mem, 0);
	lex->data_dir = strdup(data_dir ? data_dir : default_data_dir());
	if (!lex->data_dir) {
		free(lex);
		return DYAD_ENOMEM;
	}
	*out = lex;
	return DYAD_OK;
}

int dyad_lexicon_new(dyad_lexicon **out, const char *data_dir, dyad_error *err)
{
	dyad_lexicon *lex;
	char path[4096];
	int rc;

	*out = NULL;
	if (lex_new_bare(&lex, data_dir))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	snprintf(path, sizeof(path), "%s/cameo.tsv", lex->data_dir);
	rc = cameo_load(&lex->cameo, path, err);
	if (!rc)
		rc = morph_load(&lex->morph, NULL, err);
	if (rc) {
		dyad_lexicon_free(lex);
		return rc;
	}
	*out = lex;
	return DYAD_OK;
}

const char *dyad_data_dir(const dyad_lexicon *lex)
{
	return lex->data_dir;
}

void dyad_lexicon_free(dyad_lexicon *lex)
{
	if (!lex)
		return;
	strtab_free(&lex->words);
	strtab_free(&lex->codes);
	strtab_free(&lex->strs);
	trie_free(&lex->actor_trie);
	trie_free(&lex->actor_lc_trie);
	trie_free(&lex->agent_trie);
	trie_free(&lex->discard_trie);
	trie_free(&lex->issue_trie);
	free(lex->pool.v);
	free(lex->actors.v);
	free(lex->agents.v);
	free(lex->juntas.v);
	free(lex->synsets.v);
	free(lex->members.v);
	free(lex->classes.v);
	free(lex->heads.v);
	free(lex->patterns.v);
	free(lex->elems.v);
	free(lex->issues.v);
	strmap_free(&lex->synset_by_name);
	intmap_free(&lex->forms);
	intmap_free(&lex->head_index);
	free(lex->gates);
	free(lex->set_start_at);
	free(lex->set_start_bits);
	free(lex->set_starts.v);
	intmap_free(&lex->namepart_index);
	free(lex->nameparts.v);
	free(lex->name_at);
	free(lex->name_dups.v);
	morph_free(lex->morph);
	cameo_free(lex->cameo);
	free(lex->data_dir);
	arena_free(&lex->mem);
	free(lex);
}

void dyad_lexicon_stats(const dyad_lexicon *lex, struct dyad_lexicon_stats *st)
{
	size_t i;

	memset(st, 0, sizeof(*st));
	st->actors = lex->actors.n;
	st->actor_names = lex->n_actor_names;
	for (i = 0; i < lex->actors.n; i++)
		st->actor_codes += lex->actors.v[i].n_codes;
	st->agents = lex->agents.n;
	for (i = 0; i < lex->heads.n; i++) {
		if (lex->heads.v[i].kind == LEX_VERB)
			st->verbs++;
		else
			st->nouns++;
	}
	st->verb_forms = lex->forms.n_used;
	st->patterns = lex->patterns.n;
	st->synsets = lex->synsets.n;
	st->discards = lex->n_discards;
}

const char *dyad_dict_format_name(enum dyad_dict_format f)
{
	switch (f) {
	case DYAD_DICT_NATIVE: return "native";
	case DYAD_DICT_PETRARCH: return "petrarch";
	case DYAD_DICT_TABARI: return "tabari";
	case DYAD_DICT_AUTO: break;
	}
	return "auto";
}

#define DICT_MAX_FILE (512u << 20)

static int read_file(const char *path, char **text, size_t *len, dyad_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *p;

	if (!f)
		return dyad_fail(err, DYAD_EIO, "%s: %s", path, strerror(errno));
	if (fstat(fileno(f), &st) || st.st_size < 0 || (size_t)st.st_size > DICT_MAX_FILE) {
		fclose(f);
		return dyad_fail(err, DYAD_EIO, "%s: cannot size file, or larger than %u MB",
				 path, DICT_MAX_FILE >> 20);
	}
	p = malloc((size_t)st.st_size + 1);
	if (!p) {
		fclose(f);
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	}
	*len = fread(p, 1, (size_t)st.st_size, f);
	if (ferror(f)) {
		free(p);
		fclose(f);
		return dyad_fail(err, DYAD_EIO, "%s: read error", path);
	}
	fclose(f);
	p[*len] = '\0';
	*text = p;
	return DYAD_OK;
}

static int load_file(dyad_lexicon *lex, const char *path,
		     enum dyad_dict_format fmt, dyad_error *err)
{
	char *text = NULL, *nul;
	size_t len = 0;
	int rc = read_file(path, &text, &len, err);

	if (rc)
		return rc;
	if ((nul = memchr(text, '\0', len))) {
		size_t at = (size_t)(nul - text);
		free(text);
		return dyad_fail(err, DYAD_EPARSE, "%s: NUL byte at byte %zu: not a dictionary",
				 path, at);
	}
	if (fmt == DYAD_DICT_AUTO)
		fmt = dict_detect(text, len);
	switch (fmt) {
	case DYAD_DICT_NATIVE:
		rc = dict_native_load(lex, path, text, len, err);
		break;
	case DYAD_DICT_PETRARCH:
		rc = dict_petrarch_load(lex, path, text, len, err);
		break;
	case DYAD_DICT_TABARI:
		rc = dict_tabari_load(lex, path, text, len, err);
		break;
	default:
		rc = dyad_fail(err, DYAD_EPARSE,
			       "%s: cannot tell the dictionary format; name it with --dict-format",
			       path);
	}
	free(text);
	lex->finalized = 0;
	return rc;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_dict_name(const char *name)
{
	const char *dot = strrchr(name, '.');

	if (name[0] == '.' || !dot)
		return 0;
	return !strcmp(dot, ".dict") || !strcmp(dot, ".txt") ||
	       !strcmp(dot, ".verbs") || !strcmp(dot, ".actors") ||
	       !strcmp(dot, ".agents") || !strcmp(dot, ".options");
}

/* msg = head + "; " + msg, cut to cap. */
static void msg_prepend(char *msg, size_t cap, const char *head)
{
	size_t h = strlen(head), m = strlen(msg);

	if (!m) {
		snprintf(msg, cap, "%s", head);
		return;
	}
	if (h + 2 >= cap)
		h = cap - 3;
	if (h + 2 + m >= cap)
		m = cap - 3 - h;
	memmove(msg + h + 2, msg, m);
	msg[h + 2 + m] = '\0';
	memcpy(msg, head, h);
	memcpy(msg + h, "; ", 2);
}

static int load_dir(dyad_lexicon *lex, const char *dir,
		    enum dyad_dict_format fmt, int depth, dyad_error *err)
{
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int rc = DYAD_OK;

	if (depth > 16)
		return dyad_fail(err, DYAD_EIO, "%s: directories nested too deep", dir);
	d = opendir(dir);
	if (!d)
		return dyad_fail(err, DYAD_EIO, "%s: %s", dir, strerror(errno));
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **nn = realloc(names, (cap = cap ? cap * 2 : 16) * sizeof(*nn));
			if (!nn) {
				rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
				break;
			}
			names = nn;
		}
		if (!(names[n] = strdup(de->d_name))) {
			rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
			break;
		}
		n++;
	}
	closedir(d);
	if (!rc)
		qsort(names, n, sizeof(*names), name_cmp);
	for (i = 0; i < n && !rc; i++) {
		char path[4096];
		struct stat st;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (stat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode))
			rc = load_dir(lex, path, fmt, depth + 1, err);
		else if (S_ISREG(st.st_mode) && is_dict_name(names[i])) {
			/* A file that loads may leave a warning (lines it
			 * skipped): keep every file's, not just the last. */
			char prev[sizeof(err->msg)];
			snprintf(prev, sizeof(prev), "%s", err ? err->msg : "");
			if (err)
				err->msg[0] = '\0';
			lex->load_depth = (uint32_t)depth;
			rc = load_file(lex, path, fmt, err);
			lex->load_depth = 0;
			if (!rc && err && prev[0])
				msg_prepend(err->msg, sizeof(err->msg), prev);
		}
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

int dyad_lexicon_load(dyad_lexicon *lex, const char *path,
		      enum dyad_dict_format fmt, dyad_error *err)
{
	struct stat st;

	if (stat(path, &st))
		return dyad_fail(err, DYAD_EIO, "%s: %s", path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return load_dir(lex, path, fmt, 0, err);
	return load_file(lex, path, fmt, err);
}

int dyad_lexicon_load_default(dyad_lexicon *lex, dyad_error *err)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/dict", lex->data_dir);
	return dyad_lexicon_load(lex, path, DYAD_DICT_NATIVE, err);
}

/* ---- report ----------------------------------------------------------- */

static int count_cmp(const void *a, const void *b)
{
	return strcmp(((const struct dyad_count *)a)->key, ((const struct dyad_count *)b)->key);
}

static int count_add(struct strmap *idx, struct dyad_count **v, size_t *n, size_t *cap,
		     const char *key, size_t klen, const char *stored)
{
	uint32_t at;

	if (strmap_get(idx, key, klen, &at)) {
		(*v)[at].n++;
		return 0;
	}
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		struct dyad_count *nv = realloc(*v, ncap * sizeof(*nv));
		if (!nv)
			return -1;
		*v = nv;
		*cap = ncap;
	}
	if (strmap_put(idx, key, klen, (uint32_t)*n))
		return -1;
	(*v)[*n].key = stored;
	(*v)[*n].n = 1;
	(*n)++;
	return 0;
}

/* Whether two patterns are the same, word for word and code for code. */
static int same_pattern(const dyad_lexicon *lex, const struct lex_pattern *a,
			const struct lex_pattern *b)
{
	const struct lex_elem *ea = &lex->elems.v[a->el_off], *eb = &lex->elems.v[b->el_off];
	uint16_t k;

	if (a->n_el != b->n_el || a->code != b->code || a->code2 != b->code2)
		return 0;
	for (k = 0; k < a->n_el; k++)
		if (ea[k].kind != eb[k].kind || ea[k].flags != eb[k].flags || ea[k].id != eb[k].id)
			return 0;
	return 1;
}

/* Patterns of one class written twice (the later is never tried): the
 * accuracy rounds add patterns in parallel, and this is how a
 * maintainer finds the repeats. */
static int report_duplicates(const dyad_lexicon *lex, struct dyad_lexicon_report *out,
			     dyad_error *err)
{
	size_t c, cap = 0;

	for (c = 0; c < lex->classes.n; c++) {
		const struct lex_class *cls = &lex->classes.v[c];
		uint32_t i, j;
		for (i = 0; i < cls->n_pats; i++)
			for (j = 0; j < i; j++) {
				const struct lex_pattern *a = &lex->patterns.v[cls->pat_first + j];
				const struct lex_pattern *b = &lex->patterns.v[cls->pat_first + i];
				const struct lex_pattern *later = a->seq > b->seq ? a : b;
				const struct lex_pattern *first = later == a ? b : a;
				char **grown, *line;
				size_t len;
				if (!same_pattern(lex, a, b))
					continue;
				if (out->n_duplicates == cap) {
					cap = cap ? 2 * cap : 8;
					grown = realloc(out->duplicates, cap * sizeof(*grown));
					if (!grown)
						return dyad_fail(err, DYAD_ENOMEM, "out of memory");
					out->duplicates = grown;
				}
				len = strlen(lex_str(lex, later->origin)) + 48;
				if (!(line = malloc(len)))
					return dyad_fail(err, DYAD_ENOMEM, "out of memory");
				snprintf(line, len, "%s:%u repeats line %u", lex_str(lex, later->origin),
					 later->line, first->line);
				out->duplicates[out->n_duplicates++] = line;
				break;
			}
	}
	return DYAD_OK;
}

/* "FILE:LINE" of a name, or "FILE" from a reader that counts no lines. */
static void where_str(const dyad_lexicon *lex, struct lex_where w, char *buf, size_t cap)
{
	if (w.line)
		snprintf(buf, cap, "%s:%u", lex_str(lex, w.origin), w.line);
	else
		snprintf(buf, cap, "%s", lex_str(lex, w.origin));
}

/* Actor names written for two actors (one of them never gets the name):
 * as with patterns, how a merge that adds a name twice is caught. */
static int report_duplicate_names(const dyad_lexicon *lex, struct dyad_lexicon_report *out,
				  dyad_error *err)
{
	size_t i;

	if (!lex->name_dups.n)
		return DYAD_OK;
	out->duplicate_names = calloc(lex->name_dups.n, sizeof(*out->duplicate_names));
	if (!out->duplicate_names)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	for (i = 0; i < lex->name_dups.n; i++) {
		const struct lex_name_dup *d = &lex->name_dups.v[i];
		const char *name = lex_str(lex, d->name);
		const char *l1 = lex_str(lex, lex->actors.v[d->first].label);
		const char *l2 = lex_str(lex, lex->actors.v[d->later].label);
		char w1[4200], w2[4200], *line;
		size_t len;

		where_str(lex, d->first_at, w1, sizeof(w1));
		where_str(lex, d->later_at, w2, sizeof(w2));
		len = strlen(w1) + strlen(w2) + strlen(name) + strlen(l1) + strlen(l2) + 96;
		if (!(line = malloc(len)))
			return dyad_fail(err, DYAD_ENOMEM, "out of memory");
		snprintf(line, len, "%s names \"%s\" again (%s), first %s (%s); %s kept",
			 w2, name, l2, w1, l1, d->later_kept ? "the later, nearer the root, is" :
			 "the first is");
		out->duplicate_names[out->n_duplicate_names++] = line;
	}
	return DYAD_OK;
}

int dyad_lexicon_report(dyad_lexicon *lex, struct dyad_lexicon_report *out,
			dyad_error *err)
{
	struct strmap states;
	size_t i, cap = 0, k;
	int rc = DYAD_OK;

	memset(out, 0, sizeof(*out));
	if ((rc = lex_finalize(lex, err)))
		return rc;
	strmap_init(&states);
	for (i = 0; i < lex->actors.n && !rc; i++) {
		const struct lex_actor *a = &lex->actors.v[i];
		uint32_t c, d;
		int person = (a->flags & LEX_ACTOR_PERSON) != 0;

		for (c = 0; c < a->n_codes; c++)
			if (a->codes[c].from || a->codes[c].to)
				person = 1;
		if (!person)
			continue;
		/* Count a person once per state they held a code of. */
		for (c = 0; c < a->n_codes && !rc; c++) {
			const char *code = lex_code_str(lex, a->codes[c].code);
			for (d = 0; d < c; d++)
				if (!strncmp(lex_code_str(lex, a->codes[d].code), code, 3))
					break;
			if (d < c || strlen(code) < 3)
				continue;
			char key[4] = { code[0], code[1], code[2], 0 };
			uint32_t id = strtab_intern(&lex->mem, &lex->strs, key, 3);
			if (id == LEX_NONE ||
			    count_add(&states, &out->people_by_state, &out->n_people_by_state,
				      &cap, key, 3, lex->strs.strs[id]))
				rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
		}
	}
	strmap_free(&states);
	if (!rc && out->n_people_by_state)
		qsort(out->people_by_state, out->n_people_by_state,
		      sizeof(*out->people_by_state), count_cmp);

	/* Every CAMEO code, with the patterns and classes that produce it. */
	if (!rc && lex->cameo) {
		size_t n = cameo_count(lex->cameo);
		out->patterns_by_code = calloc(n ? n : 1, sizeof(*out->patterns_by_code));
		out->gaps = calloc(n ? n : 1, sizeof(*out->gaps));
		if (!out->patterns_by_code || !out->gaps)
			rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
		for (i = 0; i < n && !rc; i++) {
			const char *code = cameo_at(lex->cameo, i)->code;
			size_t cnt = 0;
			for (k = 0; k < lex->patterns.n; k++) {
				const struct lex_pattern *p = &lex->patterns.v[k];
				uint32_t pc = p->code != LEX_NONE ? p->code : lex->classes.v[p->cls].code;
				if ((pc < lex->codes.n && !strcmp(lex->codes.strs[pc], code)) ||
				    (p->code2 < lex->codes.n && !strcmp(lex->codes.strs[p->code2], code)))
					cnt++;
			}
			for (k = 0; k < lex->classes.n; k++) {
				uint32_t cc = lex->classes.v[k].code;
				if (cc < lex->codes.n && !strcmp(lex->codes.strs[cc], code) &&
				    lex->classes.v[k].kind == LEX_VERB)
					cnt++;
			}
			out->patterns_by_code[out->n_patterns_by_code].key = code;
			out->patterns_by_code[out->n_patterns_by_code++].n = cnt;
		}
		/* A root ("19") is a category: the dictionaries code its
		 * events with its codes ("190"), so a root counts what they
		 * hold. */
		for (i = 0; i < out->n_patterns_by_code; i++) {
			struct dyad_count *root = &out->patterns_by_code[i];
			if (strlen(root->key) != 2)
				continue;
			for (k = 0; k < out->n_patterns_by_code; k++)
				if (k != i && !strncmp(out->patterns_by_code[k].key, root->key, 2))
					root->n += out->patterns_by_code[k].n;
		}
		for (i = 0; i < out->n_patterns_by_code; i++)
			if (!out->patterns_by_code[i].n)
				out->gaps[out->n_gaps++] = out->patterns_by_code[i].key;
	}
	if (!rc)
		rc = report_duplicates(lex, out, err);
	if (!rc)
		rc = report_duplicate_names(lex, out, err);
	if (rc)
		dyad_lexicon_report_free(out);
	return rc;
}

void dyad_lexicon_report_free(struct dyad_lexicon_report *r)
{
	size_t i;

	for (i = 0; i < r->n_duplicates; i++)
		free(r->duplicates[i]);
	free(r->duplicates);
	for (i = 0; i < r->n_duplicate_names; i++)
		free(r->duplicate_names[i]);
	free(r->duplicate_names);
	free(r->people_by_state);
	free(r->patterns_by_code);
	free(r->gaps);
	memset(r, 0, sizeof(*r));
}
