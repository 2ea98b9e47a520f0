/*
 * act_int.h - what the files of act_code()'s stages share.
 *
 * act.c runs the stages of deciding who did what to whom on one
 * predicate; act_scan.c holds the readings of the sentence they share,
 * act_source.c and act_target.c find the two sides, act_context.c
 * adds what the rest of the sentence and the story say, act_final.c
 * settles the code and emits.  The state they pass along is struct act.
 */
#ifndef DYAD_ACT_INT_H
#define DYAD_ACT_INT_H

#include "coder_stages.h"

/* What act_unknown_object() finds after a verb: no object, people, a
 * protest, a name, a count. */
enum { OBJ_NONE, OBJ_PEOPLE, OBJ_PROTEST, OBJ_NAME, OBJ_COUNT };

/* One predicate's act as act_code()'s stages work it out: who did it to
 * whom, in which code and mode, and the actors that no mention names but
 * the sentence implies (its source's own state, the civilians of the town
 * it names, the doer of the act a rebuke answers). */
struct act {
	struct emit_ctx *e;
	struct pred *preds, *p;         /* all the sentence's, and this one */
	size_t n, i;
	const char *htext;              /* the head's text, for the trace */
	size_t hlen;
	struct match_result r;          /* p's pattern, as the stages amend it */
	const char *rc;                 /* r's code once final, or NULL (none, ---) */
	int32_t src, tgt;               /* mentions, or -1 */
	const struct mention *srcs[8], *tgts[8];        /* each side's members */
	size_t ns, nt;
	enum dyad_mode mode;
	const char *code, *code2;
	int reciprocal;                 /* a compound's members act on one another */
	int pair_sides;                 /* "the two leaders": the pair named before */
	int32_t pair_third;             /* "the three leaders": the third, or -1 */
	int pair_states;                /* "the two countries": the pair's states */
	struct mention pair_state[3];   /* with pair_states: each side as its state */
	int32_t also_tgt;               /* "Hamas freed ..., and Israel released
					 * ..., under a deal brokered by Qatar":
					 * the other side mediated between */
	int32_t pair_other;             /* "the two leaders condemned X": the
					 * pair's second member, the source
					 * beside src, or -1 */
	int yield_home;                 /* yielding to unnamed protesters */
	int pressed;                    /* act.c's pressed_out(): a leaving
					 * yielded to who pressed, a time
					 * anchor's crowd included */
	int deport;                     /* a deportation: also an expulsion (174) */
	int claim_denied;               /* "a claim Pakistan dismissed": 016 */
	const struct mention *deportee; /* "deported Uyghurs to China" */
	int deport_home;		/* "deported them back to Caracas": no handover */
	const struct mention *dropped;  /* "switched recognition from Taiwan" */
	long rel_noun, rel_tok;         /* relative_attack's noun and antecedent */
	int32_t rel_main;               /* relative_background's *against */
	struct mention own, own_src;    /* a target, a source no mention names */
	int have_own, have_own_src;
	struct mention attacker;        /* of an attempt on a political figure */
	const char *attempt;            /* "was shot": 185 or 186 */
	const char *bombing;            /* "a roadside bomb planted by" */
	int32_t claimant;               /* who claims an unidentified attack, or -1 */
	const char *threat;             /* "would use force if": 13x */
	int quoted;                     /* the source is the one quoted,
					 * speaking as "I" or "we" */
	int rebuke_back;                /* "condemned the launch" */
	const char *doers[4];           /* whom such a rebuke answers */
	struct mention more_own[3];     /* the other doers */
	size_t n_doers;
};


/* act_scan.c */
const char *act_threat_of(const char *code);
int act_root_coded_before(const struct emit_ctx *e, const char *const *roots, size_t tok);
int act_until_of_threat(const struct emit_ctx *e, const struct pred *p);
int act_attack_result(const struct emit_ctx *e, const struct pred *p);
int act_head_ends_s(const struct sent *s, size_t i);
int act_subject_attack_toll(const struct emit_ctx *e, const struct pred *p, const char *src);
size_t act_group_members(const struct sent *s, int32_t m, const struct mention **out,
			 size_t max);
int act_direct_object(const struct sent *s, size_t verb_end, size_t noun,
		      int plan);
int act_own_state(const struct sent *s, int32_t m, const char *code);
int act_enacted_object(const struct sent *s, const struct pred *preds,
		       const struct pred *p);
int act_reaction_object(const struct sent *s, const struct pred *preds,
			const struct pred *p);
const char *act_noun_prep(const struct sent *s, size_t head, size_t *len);
const char *act_occasion_prep(const struct sent *s, size_t head, size_t *len);
int act_protested_object(const struct sent *s, const struct pred *p);
int act_word_back_in_phrase(const struct sent *s, long from, long span,
			    const char *const *words);
int act_topic_of_talks(const struct sent *s, const struct pred *p);
int act_people_role(const char *code);
int act_anchored_subject(const struct sent *s, size_t tok);
int act_time_anchor_between(const struct sent *s, size_t from, size_t to);
int act_accord_leaving(const struct sent *s, size_t i);
int act_leaving_told(const struct sent *s, const struct pred *p);
int act_relative_after(const struct sent *s, const struct mention *m, const struct pred *p);
int act_vow_back(const struct sent *s, const struct pred *p);
int32_t act_other_party(const struct sent *s, size_t from, const struct mention *src);
int32_t act_other_side(const struct sent *s, const struct pred *p, const struct mention *src,
		       int not_reporter);
int32_t act_party_at_odds(const struct sent *s, const struct pred *p, const struct mention *src);
int act_agreement_code(const dyad_lexicon *lex, uint32_t code);
int act_each_other(const struct sent *s, size_t from);
int act_each_the_other(const struct sent *s, size_t group, size_t from);
long act_agreed_before(const struct sent *s, size_t head);
int act_sides_word_before(const struct sent *s, size_t at);
long act_two_sides_before(const struct sent *s, size_t at);
int act_states_word_before(const struct sent *s, size_t at);
size_t act_past_relative_before(const struct sent *s, size_t at);
size_t act_sides_object_end(const struct sent *s, size_t at);
int act_between_pair(const struct sent *s, int32_t *a, int32_t *b);
int act_last_pair(const struct sent *s, size_t before, int32_t *a, int32_t *b);
long act_three_sides_before(const struct sent *s, size_t at);
int act_last_three(const struct sent *s, size_t before, int32_t out[3]);
int32_t act_along_with(const struct sent *s, size_t from);
int act_pattern_has(const dyad_lexicon *lex, const struct lex_pattern *pat,
		    enum lex_elem_kind kind);
int act_set_id(const dyad_lexicon *lex, const char *name, uint32_t *id);
int act_pattern_has_set(const dyad_lexicon *lex, const struct lex_pattern *pat,
			const char *name);
const char *act_pred_code(const dyad_lexicon *lex, const struct pred *q);
int act_vetoed_draft_content(const dyad_lexicon *lex, const struct sent *s,
			     const struct pred *preds, size_t n, const struct pred *p);
int act_refused_by_passive(const dyad_lexicon *lex, const struct sent *s,
			   const struct pred *preds, size_t n, const struct pred *p);
int act_refused_by_noun(const dyad_lexicon *lex, const struct sent *s,
			const struct pred *preds, size_t n, const struct pred *p);
int act_barred_from(const struct sent *s, const struct pred *p);
int act_ultimatum_content(const dyad_lexicon *lex, const struct pred *preds, size_t n,
			  const struct pred *p);
int act_refused_object(const dyad_lexicon *lex, const struct pred *preds,
		       const struct pred *p);
long act_refusal_before(const dyad_lexicon *lex, const struct sent *s,
			const struct pred *preds, size_t n, const struct pred *p);
const char *act_clause_act(const dyad_lexicon *lex, const struct pred *preds, size_t n,
			   size_t k);
long act_protest_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		    const struct pred *p);
long act_demand_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		   const struct pred *p);
int act_gerund_subject(const struct sent *s, const struct pred *p);
int act_unknown_object(const struct sent *s, size_t from, size_t *head);
int act_chemical_means(const struct sent *s, const struct pred *p, uint32_t last);
long act_relative_attack(const struct sent *s, const struct pred *preds, size_t n,
			 const struct pred *p, long *noun);
int act_accused_act(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		    size_t n, size_t noun);
int act_helped_purpose(const struct sent *s, const struct pred *p);
int act_denied_description(const dyad_lexicon *lex, const struct sent *s,
			   const struct pred *preds, const struct pred *p);
int act_force_code(const dyad_lexicon *lex, const struct match_result *r);
int act_attack_subject(const struct sent *s, const struct pred *preds, size_t n,
		       const struct pred *p, const struct mention *m,
		       const struct match_result *r, const dyad_lexicon *lex);
int act_expected_attack(const struct sent *s, const struct pred *preds, const struct pred *p,
			const struct mention *m, const struct match_result *r,
			const dyad_lexicon *lex);
int act_state_before_subject(const struct sent *s, const struct pred *p,
			     const struct mention *m);
int32_t act_attack_actor(const struct sent *s, const struct pred *preds, size_t n,
			 size_t noun);
void act_derived_mention(struct mention *out, const struct mention *from, const char *code,
			 int person, uint32_t start, uint32_t end);
int32_t act_dead_after(const struct sent *s, size_t from, int *killed_at);
int32_t act_claimed_dead(const struct sent *s, size_t head);
void act_implied_actor(struct mention *out, const struct sent *s, size_t tok,
		       const char *code);
int32_t act_first_in_clause(const struct sent *s, size_t from);
int act_gerund_on_object(const struct sent *s, const struct pred *p);
int act_home_target(struct dyad_coder *c, const struct sent *s, const struct pred *p,
		    uint32_t last, const struct mention *src, const char *role,
		    struct mention *own);
size_t act_prior_doers(const struct emit_ctx *e, const struct sent *s, size_t tok,
		       const char *src, const char **out, size_t max);
int act_doer_person(const struct emit_ctx *e, const char *code);
int act_unnamed_doer(const struct sent *s, const struct pred *p);
int act_home_deployment(const struct sent *s, size_t head);
int act_demanded_act(const struct sent *s, const struct pred *p);
int act_posture_occasion(const struct sent *s, const dyad_lexicon *lex, uint32_t code,
			 const struct pred *p);
int32_t act_posture_occasion_subject(const struct sent *s, const struct pred *preds, size_t n,
				     const struct pred *p);
long act_their_before(const struct sent *s, size_t head);
int32_t act_occasion_subject(const struct sent *s, const struct pred *preds, size_t n,
			     size_t at);
int32_t act_next_party(const struct sent *s, const struct mention *src, size_t before);
const char *act_meeting_state(const struct dyad_coder *c, const struct sent *s,
			      const struct pred *p, int held);
const char *act_clause_state_after(const struct sent *s, const struct pred *p);
const char *act_state(struct dyad_coder *c, const struct sent *s, const struct pred *p);
const char *act_attacked_state(const struct sent *s, int32_t src);
int act_foreign_to_all(const char *state, const struct mention *const *ms, size_t n);
const char *act_facility_role(const struct sent *s, uint32_t from, const struct mention *m);
const char *act_source_weapon(const struct sent *s, const struct mention *m);
int act_source_aircraft(const struct sent *s, const struct mention *m);
const char *act_weapon_word(const struct sent *s, size_t j);
size_t act_weapons_participle(const struct act *a);
int act_mutual_before(const struct emit_ctx *e, const struct pred *preds,
		      const struct pred *p, int32_t src);
int act_relative_background(const struct sent *s, const struct pred *preds, size_t n,
			    const struct pred *p, int32_t *against);

/* act.c */
int act_content_noun(const struct sent *s, size_t i);
int act_not_coded(const struct act *a, const char *why);
int act_forces_off_own_soil(const struct sent *s, const struct pred *p,
			    const struct mention *t, const struct mention *src);
int act_if_after(const struct sent *s, size_t from);
int32_t act_quote_about(const struct sent *s, const struct pred *p);
int act_second_presser(struct act *a, struct mention *out);
int32_t act_deal_talks_subject(const struct sent *s, const struct pred *preds, size_t n,
			       const struct pred *p);

/* act_source.c */
long act_weighed_by(const struct sent *s, const struct pred *p);
int32_t act_passive_place(const struct sent *s, const struct pred *p);
int32_t act_passive_place_of(const struct sent *s, const struct pred *p);
int act_find_source(struct act *a);

/* act_target.c */
int act_ly_adverb(const struct sent *s, size_t i);
int act_find_target(struct act *a);
void act_hyphen_owner_refused(struct act *a);
int act_refused_target(struct act *a);
int act_own_envoys(struct act *a);
int act_speaker_joined(struct act *a);
const struct pred *act_pair_clause(const struct pred *preds, const struct pred *p);
int act_target_between(struct act *a);
int act_mediated_parties(struct act *a);
int act_hosted_parties(struct act *a);
int act_target_answered(struct act *a);
int act_release_holder(struct act *a);
int act_forces_home(struct act *a);
int act_reacted_doer(struct act *a);
int act_stronghold_holder(struct act *a);
int act_retaken_from(struct act *a);
int act_target_at_home(struct act *a);

/* act_context.c */
int act_own_opinion(const struct sent *s, const struct pred *preds, size_t n,
		    const struct pred *p, int32_t src);
int act_trade_measures(const struct sent *s, const struct pred *p);
int act_conditions_and_attempts(struct act *a);
int act_killed_people_after(const struct sent *s, const struct mention *m);
int act_unnamed_victims(struct act *a);
int act_claims_and_charges(struct act *a);
int act_apology_owed(struct act *a);
void act_aim_implied(struct act *a, size_t tok, const char *code, const char *how);
int act_threat_answers_act(struct act *a);
int act_story_intercepts(struct act *a);
int act_story_self_target(struct act *a);
int act_story_threat_target(struct act *a);
int act_accord_party(struct act *a);
int act_pair_counterpart(struct act *a);
int act_pair_history(struct act *a);
int act_verdict_other_party(struct act *a);
int act_also_joins_act(struct act *a);
int act_restated(struct act *a);

/* act_final.c */
int act_final_code(struct act *a);
int act_emit_all(struct act *a);
int act_press_told(struct act *a);
int act_reporter_targeted(struct act *a);
int act_war_place_sides(struct act *a);
void act_appeal_second_request(struct act *a);
int act_topic_party_skipped(struct act *a);
int act_truce_breach_reporter(struct act *a);
int act_war_place_other_side(struct act *a);

#endif
