package org.casework.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the case and assessment pages, in English ({@code messages/actions_en.properties}) and Welsh
 * ({@code messages/actions_cy.properties}): {@code {actions:case_title}} in a template, {@link Pages#actions()} in
 * Java. A second bundle beside {@link Msg} because Quarkus 3.33 generates an unverifiable class for one bundle of
 * over about 300 messages. One method per key, in the order of the English file.
 */
@MessageBundle(value = "actions", locale = "en")
public interface Actions {

    @Message
    String continue_button();

    @Message
    String assess_choose_title();

    @Message
    String assess_back();

    @Message
    String assess_caption(String name);

    @Message
    String assess_english_only();

    @Message
    String assess_respondent_legend();

    @Message
    String assess_date_legend();

    @Message
    String assess_item_number(Integer number);

    @Message
    String assess_scale_hint(Integer min, Integer max);

    @Message
    String assess_declined();

    @Message
    String assess_submit();

    @Message
    String assess_result_title(String name);

    @Message
    String assess_score(String value);

    @Message
    String assess_no_score();

    @Message
    String assess_previous();

    @Message
    String assess_change();

    @Message
    String assess_direction(String outcome);

    @Message
    String assess_first();

    @Message
    String assess_answers();

    @Message
    String assess_item_required(Integer number);

    @Message
    String assess_respondent_field();

    @Message
    String assess_date_field();

    @Message
    String assess_item_field(Integer number);

    @Message
    String back_link();

    @Message
    String case_title(String name);

    @Message
    String case_status();

    @Message
    String case_status_label(String code);

    @Message
    String case_closed_on();

    @Message
    String case_summary();

    @Message
    String case_actions();

    @Message
    String case_record_moment();

    @Message
    String case_do_assessment();

    @Message
    String case_make_offer();

    @Message
    String case_send_referral();

    @Message
    String case_hand_over();

    @Message
    String case_close();

    @Message
    String case_offers();

    @Message
    String case_no_offers();

    @Message
    String case_offered_on();

    @Message
    String case_referrals();

    @Message
    String case_no_referrals();

    @Message
    String case_form_title(String kind);

    @Message
    String case_team_legend();

    @Message
    String case_key_worker_legend();

    @Message
    String case_key_worker_hint();

    @Message
    String case_summary_label();

    @Message
    String case_open_submit();

    @Message
    String case_team_field();

    @Message
    String case_key_worker_field();

    @Message
    String case_summary_field();

    @Message
    String moment_submit();

    @Message
    String offer_type_legend();

    @Message
    String offer_description_label();

    @Message
    String offer_description_hint();

    @Message
    String offer_final();

    @Message
    String offer_final_tag();

    @Message
    String offer_respond_by_legend();

    @Message
    String offer_submit();

    @Message
    String offer_type_field();

    @Message
    String offer_description_field();

    @Message
    String offer_respond_by_field();

    @Message
    String offer_status(String code);

    @Message
    String offer_record_response();

    @Message
    String offer_response_legend();

    @Message
    String offer_reason_label();

    @Message
    String offer_reason_hint();

    @Message
    String offer_response_submit();

    @Message
    String offer_response_field();

    @Message
    String offer_reason_field();

    @Message
    String referral_status(String code);

    @Message
    String referral_team_legend();

    @Message
    String referral_team_hint();

    @Message
    String referral_outside_agency();

    @Message
    String referral_agency_label();

    @Message
    String referral_reason_label();

    @Message
    String referral_submit();

    @Message
    String referral_to_field();

    @Message
    String referral_reason_field();

    @Message
    String handover_to_legend();

    @Message
    String handover_reason_label();

    @Message
    String handover_reason_hint();

    @Message
    String handover_submit();

    @Message
    String handover_to_field();

    @Message
    String handover_reason_field();

    @Message
    String closure_reason_legend();

    @Message
    String closure_note_label();

    @Message
    String closure_warning();

    @Message
    String closure_submit();

    @Message
    String closure_reason_field();

    @Message
    String closure_note_field();

    @Message
    String error_changed_by_someone_else();
}
