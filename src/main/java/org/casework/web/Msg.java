package org.casework.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the web client shows, in English ({@code messages/msg_en.properties}) and Welsh
 * ({@code messages/msg_cy.properties}): {@code {msg:myday_title}} in a template, {@link Pages#messages()} in Java.
 * One method per key, in the order of the English file.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message
    String service_name();

    @Message
    String warning();

    @Message
    String layout_skip_link();

    @Message
    String layout_language_label();

    @Message
    String layout_service_information();

    @Message
    String layout_menu();

    @Message
    String layout_sign_out();

    @Message
    String layout_footer(String council);

    @Message
    String nav_label(String key);

    @Message
    String banner_title();

    @Message
    String banner_text(String code);

    @Message
    String error_summary_title();

    @Message
    String pagination_label();

    @Message
    String pagination_next();

    @Message
    String pagination_page();

    @Message
    String pagination_previous();

    @Message
    String role_label(String code);

    @Message
    String signin_title();

    @Message
    String signin_failed();

    @Message
    String signin_oidc_hint();

    @Message
    String signin_oidc_button();

    @Message
    String signin_demo_warning();

    @Message
    String signin_demo_caption(String team);

    @Message
    String signin_demo_worker();

    @Message
    String signin_demo_roles();

    @Message
    String signin_demo_action();

    @Message
    String signin_demo_button();

    @Message
    String signin_demo_button_as(String name);

    @Message
    String signin_unavailable();

    @Message
    String myday_title();

    @Message
    String myday_followups();

    @Message
    String myday_followups_none();

    @Message
    String followup_group(String group);

    @Message
    String myday_person();

    @Message
    String myday_due();

    @Message
    String myday_followup_about();

    @Message
    String myday_actions();

    @Message
    String myday_log_contact();

    @Message
    String myday_with(String name);

    @Message
    String myday_cases();

    @Message
    String myday_cases_none();

    @Message
    String myday_cases_caption();

    @Message
    String myday_last_contact();

    @Message
    String myday_next_followup();

    @Message
    String myday_no_recent_contact();

    @Message
    String myday_days_ago(Integer days);

    @Message
    String myday_no_contact_yet(String date);

    @Message
    String error_title(String kind);

    @Message
    String error_text(String kind);

    @Message
    String error_incident(String incident);

    @Message
    String error_sign_out();

    @Message
    String error_back_to_my_day();

    @Message
    String or();

    @Message
    String not_recorded();

    @Message
    String date_day();

    @Message
    String date_month();

    @Message
    String date_year();

    @Message
    String date_part(String part);

    @Message
    String back_to_person(String name);

    @Message
    String error_prefix();

    @Message
    String error_title_prefix();

    @Message
    String error_general();

    @Message
    String error_required(String label);

    @Message
    String error_required_choice(String label);

    @Message
    String error_too_long(Integer max, String label);

    @Message
    String error_too_many(Integer max, String label);

    @Message
    String error_future(String label);

    @Message
    String error_not_past(String label);

    @Message
    String error_out_of_range(String label);

    @Message
    String error_format(String label);

    @Message
    String error_whole_number(String label);

    @Message
    String error_date_format(String label);

    @Message
    String error_time_format(String label);

    @Message
    String error_repeated(String label);

    @Message
    String error_before_case_opened(String label);

    @Message
    String error_after_case_closed(String label);

    @Message
    String error_before_contact(String label);

    @Message
    String error_not_team_member(String label);

    @Message
    String error_case_already_open();

    @Message
    String error_invalid(String label);

    @Message
    String contact_title(String name);

    @Message
    String contact_status_legend();

    @Message
    String contact_status(String status);

    @Message
    String contact_when_legend();

    @Message
    String contact_when_hint();

    @Message
    String contact_time_label();

    @Message
    String contact_channel_legend();

    @Message
    String contact_initiator_legend();

    @Message
    String contact_duration_label();

    @Message
    String contact_duration_hint();

    @Message
    String contact_issues_legend();

    @Message
    String contact_issues_hint();

    @Message
    String contact_summary_label();

    @Message
    String contact_summary_hint();

    @Message
    String contact_mattered_label();

    @Message
    String contact_mattered_hint();

    @Message
    String contact_outcome_legend();

    @Message
    String contact_followup_legend();

    @Message
    String contact_followup_hint();

    @Message
    String contact_submit();

    @Message
    String contact_status_field();

    @Message
    String contact_when_field();

    @Message
    String contact_time_field();

    @Message
    String contact_channel_field();

    @Message
    String contact_initiator_field();

    @Message
    String contact_duration_field();

    @Message
    String contact_issues_field();

    @Message
    String contact_summary_field();

    @Message
    String contact_mattered_field();

    @Message
    String contact_outcome_field();

    @Message
    String contact_followup_field();

    @Message
    String contact_lead_field();

    @Message
    String moment_legend();

    @Message
    String moment_add();

    @Message
    String moment_add_hint();

    @Message
    String moment_what_label();

    @Message
    String moment_what_hint();

    @Message
    String moment_their_words();

    @Message
    String moment_type_legend();

    @Message
    String moment_observer_legend();

    @Message
    String moment_domains_legend();

    @Message
    String moment_domains_hint();

    @Message
    String moment_type_field();

    @Message
    String moment_observer_field();

    @Message
    String moment_what_field();

    @Message
    String moment_domains_field();

    @Message
    String yes_no(String answer);

    @Message
    String language_name(String code);

    @Message
    String respondent(String code);

    @Message
    String person_prefers_welsh();

    @Message
    String person_safety_heading();

    @Message
    String person_own_words();

    @Message
    String person_what_matters();

    @Message
    String person_strengths();

    @Message
    String person_language();

    @Message
    String person_communication();

    @Message
    String person_access();

    @Message
    String person_dob();

    @Message
    String person_contents();

    @Message
    String person_cases();

    @Message
    String person_no_open_cases();

    @Message
    String person_case_team();

    @Message
    String person_case_key_worker();

    @Message
    String person_case_opened();

    @Message
    String person_timeline();

    @Message
    String person_network();

    @Message
    String person_continuity();

    @Message
    String person_distance();

    @Message
    String person_presentations();

    @Message
    String timeline_filter_legend();

    @Message
    String timeline_filter_hint();

    @Message
    String timeline_filter_button();

    @Message
    String timeline_kind(String kind);

    @Message
    String timeline_event(String kind, String event);

    @Message
    String timeline_redacted();

    @Message
    String timeline_empty();

    @Message
    String timeline_older();

    @Message
    String network_empty();

    @Message
    String network_name();

    @Message
    String network_relationship();

    @Message
    String network_supportive();

    @Message
    String network_contact();

    @Message
    String network_no_consent();

    @Message
    String continuity_key_workers();

    @Message
    String continuity_measure();

    @Message
    String continuity_last_year();

    @Message
    String continuity_all_time();

    @Message
    String continuity_contacts();

    @Message
    String continuity_attempts();

    @Message
    String continuity_workers();

    @Message
    String continuity_key_worker_share();

    @Message
    String continuity_handovers();

    @Message
    String distance_none();

    @Message
    String distance_version(Integer version);

    @Message
    String distance_outcome(String outcome);

    @Message
    String distance_chart_title(String instrument);

    @Message
    String distance_chart_description(Integer count, String first, String firstDate, String latest, String latestDate);

    @Message
    String distance_table_caption(String instrument);

    @Message
    String distance_date();

    @Message
    String distance_respondent();

    @Message
    String distance_score();

    @Message
    String presentations_days();

    @Message
    String presentations_repeats(Integer window);

    @Message
    String presentations_same_issue();

    @Message
    String presentations_gaps();

    @Message
    String presentations_escalating();

    @Message
    String find_title();

    @Message
    String find_name_label();

    @Message
    String find_name_hint();

    @Message
    String find_name_field();

    @Message
    String find_dob_legend();

    @Message
    String find_dob_hint();

    @Message
    String find_dob_field();

    @Message
    String find_identifier_legend();

    @Message
    String find_identifier_system();

    @Message
    String find_identifier_value();

    @Message
    String find_identifier_field();

    @Message
    String find_button();

    @Message
    String find_results(Integer count);

    @Message
    String find_none();

    @Message
    String find_born(String date);

    @Message
    String find_more();

    @Message
    String find_not_listed();

    @Message
    String find_register();

    @Message
    String register_title();

    @Message
    String register_back();

    @Message
    String register_team_legend();

    @Message
    String register_who();

    @Message
    String register_preferred_name();

    @Message
    String register_preferred_name_hint();

    @Message
    String register_full_name();

    @Message
    String register_pronouns();

    @Message
    String register_pronouns_hint();

    @Message
    String register_dob_legend();

    @Message
    String register_language_legend();

    @Message
    String register_language_hint();

    @Message
    String register_what_matters();

    @Message
    String register_what_matters_hint();

    @Message
    String register_strengths();

    @Message
    String register_strengths_hint();

    @Message
    String register_communication();

    @Message
    String register_communication_hint();

    @Message
    String register_access();

    @Message
    String register_access_hint();

    @Message
    String register_for_workers();

    @Message
    String register_safety();

    @Message
    String register_safety_hint();

    @Message
    String register_consent_legend();

    @Message
    String register_consent_hint();

    @Message
    String register_identifier_legend();

    @Message
    String register_submit();

    @Message
    String person_team_field();

    @Message
    String person_preferred_name_field();

    @Message
    String person_full_name_field();

    @Message
    String person_dob_field();

    @Message
    String person_pronouns_field();

    @Message
    String person_language_field();

    @Message
    String person_what_matters_field();

    @Message
    String person_strengths_field();

    @Message
    String person_communication_field();

    @Message
    String person_access_field();

    @Message
    String person_safety_field();

    @Message
    String person_open_case();
}
