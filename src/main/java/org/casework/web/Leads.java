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
}
