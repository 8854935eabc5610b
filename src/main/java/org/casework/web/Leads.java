package org.casework.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the team lead's pages, in English ({@code messages/leads_en.properties}) and Welsh
 * ({@code messages/leads_cy.properties}): {@code {leads:repeats_title}} in a template, {@link Pages#leads()} in
 * Java. One method per key, in the order of the English file.
 */
@MessageBundle(value = "leads", locale = "en")
public interface Leads {

    @Message
    String repeats_title();

    @Message
    String repeats_intro();

    @Message
    String repeats_filter();

    @Message
    String repeats_period();

    @Message
    String repeats_period_option(Integer months);

    @Message
    String repeats_team();

    @Message
    String repeats_all_teams();

    @Message
    String repeats_issue();

    @Message
    String repeats_any_issue();

    @Message
    String repeats_window();

    @Message
    String repeats_window_hint();

    @Message
    String repeats_apply();

    @Message
    String repeats_download();

    @Message
    String repeats_headline();

    @Message
    String repeats_presentation_days();

    @Message
    String repeats_people();

    @Message
    String repeats_repeats();

    @Message
    String repeats_same_issue();

    @Message
    String repeats_rate();

    @Message
    String repeats_returns();

    @Message
    String repeats_returns_intro(Long closures);

    @Message
    String repeats_within_months(Integer months);

    @Message
    String repeats_returned();

    @Message
    String repeats_observed();

    @Message
    String repeats_chart_monthly();

    @Message
    String repeats_chart_monthly_description();

    @Message
    String repeats_chart_issue();

    @Message
    String repeats_chart_issue_description();

    @Message
    String repeats_chart_channel();

    @Message
    String repeats_chart_channel_description();

    @Message
    String repeats_chart_returns();

    @Message
    String repeats_chart_returns_description();

    @Message
    String repeats_band();

    @Message
    String repeats_frequent();

    @Message
    String repeats_frequent_none(Integer threshold);

    @Message
    String repeats_frequent_why(Long presentations, String date);

    @Message
    String repeats_escalating();

    @Message
    String repeats_escalating_none();

    @Message
    String repeats_escalating_why(String gaps);

    @Message
    String repeats_person();

    @Message
    String repeats_why();

    @Message
    String repeats_open_case();

    @Message
    String repeats_no_open_case();

    @Message
    String repeats_last_seen();

    @Message
    String repeats_gaps();

    @Message
    String csv_section();

    @Message
    String csv_item();

    @Message
    String csv_measure();

    @Message
    String csv_value();

    @Message
    String repeats_month();

    @Message
    String repeats_channel();

    @Message
    String teams_title();

    @Message
    String teams_intro();

    @Message
    String teams_none();

    @Message
    String teams_scorecard();

    @Message
    String teams_workload();

    @Message
    String teams_repeats();

    @Message
    String teams_links(String team);

    @Message
    String workload_title(String team);

    @Message
    String workload_intro();

    @Message
    String workload_period();

    @Message
    String workload_last_days(Integer days);

    @Message
    String workload_apply();

    @Message
    String workload_range(String from, String to);

    @Message
    String workload_download();

    @Message
    String workload_none();

    @Message
    String workload_workers();

    @Message
    String workload_open_cases(String date);

    @Message
    String workload_safety();

    @Message
    String workload_made();

    @Message
    String workload_attempted();

    @Message
    String workload_hours();

    @Message
    String workload_without_duration(Long contacts);

    @Message
    String workload_weighty();

    @Message
    String workload_out_of_hours();

    @Message
    String workload_handovers();

    @Message
    String workload_run(String date);

    @Message
    String workload_definitions();

    @Message
    String workload_def_scope();

    @Message
    String workload_def_open();

    @Message
    String workload_def_contacts();

    @Message
    String workload_def_hours();

    @Message
    String workload_def_weighty(String issues);

    @Message
    String workload_def_hours_out(String starts, String ends);

    @Message
    String workload_def_run();

    @Message
    String workload_csv_section();

    @Message
    String myday_workload_title(Integer days);

    @Message
    String myday_workload_intro();

    @Message
    String scorecard_title(String team);

    @Message
    String scorecard_intro();

    @Message
    String scorecard_period();

    @Message
    String scorecard_quarters();

    @Message
    String scorecard_months();

    @Message
    String scorecard_years();

    @Message
    String scorecard_apply();

    @Message
    String scorecard_compared(String period, String previous);

    @Message
    String scorecard_download();

    @Message
    String scorecard_measure();

    @Message
    String scorecard_quarter_label(String first, String last, String year);

    @Message
    String scorecard_targets();

    @Message
    String scorecard_targets_none();

    @Message
    String scorecard_target();

    @Message
    String scorecard_target_aim(String comparator, String amount);

    @Message
    String scorecard_judged(String period);

    @Message
    String scorecard_verdict(String status);

    @Message
    String scorecard_so_far();

    @Message
    String scorecard_change_target();

    @Message
    String scorecard_add_target();

    @Message
    String scorecard_people();

    @Message
    String scorecard_people_intro();

    @Message
    String scorecard_assessments();

    @Message
    String scorecard_people_assessed();

    @Message
    String scorecard_improved(String instrument);

    @Message
    String scorecard_unchanged(String instrument);

    @Message
    String scorecard_worse(String instrument);

    @Message
    String scorecard_moments();

    @Message
    String scorecard_moments_none();

    @Message
    String scorecard_continuity();

    @Message
    String scorecard_contacts();

    @Message
    String scorecard_key_worker_share();

    @Message
    String scorecard_upc();

    @Message
    String scorecard_coci();

    @Message
    String scorecard_handovers();

    @Message
    String scorecard_repeats();

    @Message
    String scorecard_repeats_link();

    @Message
    String scorecard_frequent();

    @Message
    String scorecard_escalating();

    @Message
    String scorecard_gaming();

    @Message
    String scorecard_gaming_intro();

    @Message
    String scorecard_fast();

    @Message
    String scorecard_fast_text(Long came, Long closures, Integer days);

    @Message
    String scorecard_fast_none(Integer days);

    @Message
    String scorecard_quick();

    @Message
    String scorecard_quick_text(Long came, Long closures);

    @Message
    String scorecard_quick_none();

    @Message
    String scorecard_end();

    @Message
    String scorecard_end_text(Long late, Long closures, String share, String expected);

    @Message
    String scorecard_end_none();

    @Message
    String scorecard_delay();

    @Message
    String scorecard_delay_text(Long contacts, String median, Long late);

    @Message
    String scorecard_delay_none();

    @Message
    String scorecard_rating();

    @Message
    String scorecard_rating_text(String name, Long higher, Long pairs);

    @Message
    String scorecard_rating_none();

    @Message
    String target_new_title();

    @Message
    String target_edit_title();

    @Message
    String target_metric();

    @Message
    String target_days();

    @Message
    String target_days_hint();

    @Message
    String target_comparator();

    @Message
    String target_at_least();

    @Message
    String target_at_most();

    @Message
    String target_threshold();

    @Message
    String target_threshold_hint();

    @Message
    String target_period();

    @Message
    String target_month();

    @Message
    String target_quarter();

    @Message
    String target_year();

    @Message
    String target_description();

    @Message
    String target_save();

    @Message
    String target_remove();

    @Message
    String target_remove_warning();

    @Message
    String target_stale();

    @Message
    String target_back();

    @Message
    String metric_label(String code);

    @Message
    String metric_definition(String code);

    @Message
    String metric_value(String unit, String value);

    @Message
    String scorecard_actual();
}
