/*
 * match_int.h - what the files of the matcher's stages share.
 *
 * match.c annotates tokens and runs match_mentions(), whose stages are
 * spread by what they do over match_names.c, match_subject.c,
 * match_pronoun.c, match_place.c, match_merge.c and match_anaphor.c (each
 * file's opening comment says which).  This header declares the functions
 * and tables one file uses in another, all prefixed match_; the rest stay
 * static.
 */
#ifndef DYAD_MATCH_INT_H
#define DYAD_MATCH_INT_H

#include "coder_int.h"

/* match.c */
extern const char *const match_unaffiliated[];
extern const char *const match_generic_governments[];
long match_trie_longest(const struct lex_trie *t, const struct sent *s,
			 size_t i, uint32_t *value);
/* The same, by the tokens' forms alone: a person's name does not
 * inflect ("Costas" is not "Costa"). */
long match_trie_surface(const struct lex_trie *t, const struct sent *s,
			size_t i, uint32_t *value);
const char *match_place_code(const dyad_lexicon *lex, uint32_t actor);
int match_actor_is_person(const dyad_lexicon *lex, uint32_t actor);
int match_is_country_code(const char *code);
struct mention *match_push_mention(struct dyad_coder *c, struct sent *s);
void match_set_span(const struct sent *s, struct mention *m, size_t first, size_t last);
void match_stand_for(const struct sent *s, struct mention *m, const struct mention *ref,
		      const char *how, size_t first, size_t last);
const char *match_combine(struct dyad_coder *c, const char *country,
			   const struct lex_agent *ag);
const char *match_junta_role(struct dyad_coder *c, const struct mention *m,
			      const char *state);
int match_is_cap(const struct sent *s, size_t i);
int match_is_name_word(const struct sent *s, size_t i);
int match_after_ethnic(const struct sent *s, size_t i);
int match_vessel_word(const struct sent *s, size_t i);
const char *match_ship_prefix(const struct sent *s, size_t i);
uint32_t match_unique_surname(struct dyad_coder *c, const struct sent *s, size_t i,
			       int32_t ymd, const char **code);
int match_place_after_prep(const struct sent *s, size_t i);
struct mention *match_state_of_place(struct sent *s, size_t i);
extern const char *const match_former_words[];
extern const char *const match_ex_words[];
extern const char *const match_office_roles[];
int match_role_is_office(const char *role);
const char *match_title_over_name(struct dyad_coder *c, const struct sent *s, size_t from,
				   size_t to, const struct lex_agent *ag, uint32_t actor, const char *code);

/* match_names.c */
int match_find_names(struct dyad_coder *c, struct sent *s, int32_t ymd);
const char *match_actor_with_agent(struct dyad_coder *c, const struct mention *m,
				    const struct lex_agent *ag);
int match_adjacent(const struct mention *a, const struct mention *b);
extern const char *const match_state_parts[];
int match_owned_forces(const struct sent *s, const struct mention *m);
int match_mission_abroad(const struct sent *s, const struct mention *m, const struct mention *n);
int match_adverb_at(const struct sent *s, size_t i);
int match_modifiers_only(const struct sent *s, uint32_t from, uint32_t to, int no_verbs);
int match_count_word(const struct sent *s, size_t i);
int match_ruling_at(const struct sent *s, size_t i);
const char *match_run_by_owner(struct dyad_coder *c, const struct sent *s, uint32_t tok,
				int32_t ymd);
void match_allies_of_states(struct sent *s);
void match_named_roles(struct sent *s);
void match_seat_metonyms(struct sent *s);
int match_aide_agent(const struct sent *s, const struct mention *m);
int match_multinational_before(const struct sent *s, uint32_t tok);
int match_held_in_place(const struct sent *s, const struct mention *m);
void match_combine_agents(struct dyad_coder *c, struct sent *s, int32_t ymd);
void match_attributive_roles(struct dyad_coder *c, struct sent *s);
int match_index_labels(struct dyad_coder *c);
uint32_t match_named_in_article(struct dyad_coder *c, const struct sent *s,
				 uint32_t word, int32_t ymd, const char **code);
uint32_t match_pair_surname(struct dyad_coder *c, uint32_t w, const char *t, size_t len,
			     int32_t ymd, const char **code);
int match_split_hyphens(struct dyad_coder *c, struct sent *s, int32_t ymd);
void match_pair_agents(struct dyad_coder *c, struct sent *s);
const char *match_one_word_actor(struct dyad_coder *c, const char *text, size_t len,
				  int32_t ymd, uint32_t *actor);
int match_anti_states(struct dyad_coder *c, struct sent *s, int32_t ymd);
void match_sort_mentions(struct sent *s);
void match_mark_tokens(struct sent *s);

/* match_subject.c */
int match_find_appositions(struct dyad_coder *c, struct sent *s);
int match_find_surnames(struct dyad_coder *c, struct sent *s, int32_t ymd);
int match_is_punct_tok(const struct sent *s, size_t i, char ch);
int match_korean_sides(struct dyad_coder *c, struct sent *s);
int match_counted_states(struct dyad_coder *c, struct sent *s);
extern const char *const match_told_objects[];
long match_report_verb(const struct sent *s, size_t i);
int match_claim_before(const struct sent *s, long v);
int match_in_closed_relative(const struct sent *s, const struct mention *m, size_t i);
long match_speaker(const struct sent *s, long v, size_t n);
int match_clause_subject(const struct sent *s, const struct mention *m, size_t i);
const struct mention *match_object_it_subject(const struct sent *s, size_t i, size_t n);
const struct mention *match_attacked_owner_subject(struct dyad_coder *c, const struct sent *s,
						    size_t i, size_t n);
int match_conj_verb_between(const struct sent *s, const struct mention *m, size_t i);
int match_purpose_object(const struct sent *s, const struct mention *m, size_t i);
int match_relative_subject(const struct sent *s, const struct mention *m, size_t i);
int match_listed_before(const struct sent *s, const struct mention *m, const struct mention *o);
int match_appositive_subject(const struct sent *s, const struct mention *m, size_t i);
int match_described_subject(const struct sent *s, const struct mention *m, size_t i, size_t n);
int match_plural_mention(const struct sent *s, const struct mention *m);
int match_plural_state_role(const struct sent *s, const struct mention *m);
int match_gender_fits(const dyad_lexicon *lex, const struct mention *m, int g, int match_she_near);
int match_she_near(const struct dyad_coder *c, const struct sent *s, size_t i);
const struct mention *match_listed_people_before(const struct sent *s, size_t i, size_t n);
const struct mention *match_listed_states_before(const struct sent *s, size_t i, size_t n);
const struct mention *match_lone_attacker_before(const struct sent *s, size_t i, size_t n);
const struct mention *match_first_person_subject(const struct sent *s, size_t i, size_t n);
const struct mention *match_fronted_clause_subject(const struct sent *s, size_t i, size_t n);
int match_quoted_first_persons(struct dyad_coder *c, struct sent *s);
int match_new_subject_clause(const struct sent *s, size_t i);
void match_including_states(struct sent *s);

/* match_pronoun.c */
int match_find_pronouns(struct dyad_coder *c, struct sent *s);
int match_ruler_roles(struct dyad_coder *c, struct sent *s);
int match_neighbour_anaphors(struct dyad_coder *c, struct sent *s);
void match_owned_agents(struct dyad_coder *c, struct sent *s);
int match_list_article(const struct sent *s, uint32_t t);
void match_link_mentions(struct dyad_coder *c, struct sent *s);
void match_lone_state(struct dyad_coder *c, struct sent *s);
void match_story_titles(struct dyad_coder *c, struct sent *s);
const char *match_story_kind_state(struct dyad_coder *c, const struct sent *s, size_t i,
				   int plain);
/* How match_story_titles() marks the offices it gave a person's state. */
#define MATCH_OFFICE_HELD "the office a person named before holds"
void match_distribute_roles(struct dyad_coder *c, struct sent *s);
int match_find_people(struct dyad_coder *c, struct sent *s);

/* match_place.c */
int match_is_state_code(const char *code);
size_t match_office_title(const struct sent *s, size_t from, size_t to, char *buf, size_t n);
int match_same_side(const char *a, const char *b);
int match_acronym_at(const struct sent *s, size_t i);
const char *match_home_state(const struct memo *mo);
int match_plain_modifier(const struct sent *s, size_t j);
int match_object_role(const struct sent *s, uint32_t tok);
int match_state_kind_fits(const struct sent *s, size_t w, const char *code);
const char *match_country_anaphor(const struct sent *s, size_t i);
long match_owner_pronoun_before(const struct sent *s, uint32_t tok);
void match_remember_roles(struct dyad_coder *c, const struct sent *s);
int match_story_word_men(const struct sent *s, size_t i);
void match_remember_pair(struct dyad_coder *c, const struct sent *s);
void match_place_roles(struct dyad_coder *c, struct sent *s, int owned);

/* match_merge.c */
void match_extend_left(struct mention *b, const struct mention *a);
void match_merge_titles(struct sent *s);
void match_merge_descriptors(struct sent *s);
void match_appositive_roles(struct sent *s);
void match_alias_asides(struct sent *s);
void match_titled_name_asides(struct sent *s);
void match_apposition_asides(struct sent *s);
void match_counted_people(struct dyad_coder *c, struct sent *s);
void match_merge_possessors(struct sent *s);
void match_speakers_for_bodies(struct dyad_coder *c, struct sent *s);
void match_head_of_bodies(struct sent *s);
void match_media_pieces(struct sent *s);
void match_titled_without_state(struct dyad_coder *c, struct sent *s);
void match_loyal_roles(struct dyad_coder *c, struct sent *s);
void match_led_roles(struct dyad_coder *c, struct sent *s);

/* match_anaphor.c */
void match_borrow_states(struct dyad_coder *c, struct sent *s);
int match_plural_pronouns(struct dyad_coder *c, struct sent *s);
int match_counterparts_from(struct dyad_coder *c, struct sent *s);
int match_opens_sentence(const struct sent *s, size_t i);
int match_warring_sides(struct dyad_coder *c, struct sent *s);
int match_pair_anaphors(struct dyad_coder *c, struct sent *s);
int match_story_them_pair(struct dyad_coder *c, struct sent *s);
int match_pair_other_side(struct dyad_coder *c, struct sent *s);
int match_act_anaphors(struct dyad_coder *c, struct sent *s);
int match_story_group_anaphors(struct dyad_coder *c, struct sent *s);
void match_possessed_roles(struct dyad_coder *c, struct sent *s);
const char *match_hyphen_owner_of(struct dyad_coder *c, const struct sent *s, size_t i,
				int32_t ymd, const char *const *words);
int match_led_strikes(struct dyad_coder *c, struct sent *s, int32_t ymd);
void match_run_by_roles(struct dyad_coder *c, struct sent *s, int32_t ymd);
int match_held_territory(struct dyad_coder *c, struct sent *s, int32_t ymd);
int match_rebel_held(struct dyad_coder *c, struct sent *s);
void match_pakistan_taliban(struct sent *s);
int match_town_anaphors(struct dyad_coder *c, struct sent *s);
void match_held_places(struct dyad_coder *c, struct sent *s, int32_t ymd);
void match_backed_fighters(struct dyad_coder *c, struct sent *s, int32_t ymd);
int match_the_at(const struct sent *s, size_t i);
int match_group_anaphors(struct dyad_coder *c, struct sent *s);
int match_body_epithets(struct dyad_coder *c, struct sent *s);
void match_group_members(struct sent *s);
int match_region_state(const struct sent *s, size_t w, const char *code);
int match_desc_words(const struct sent *s, size_t w);
int match_region_word(const struct sent *s, size_t w);
int match_kind_anaphors(struct dyad_coder *c, struct sent *s);
void match_attacked_premises(struct dyad_coder *c, struct sent *s);

#endif
