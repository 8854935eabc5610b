package org.casework.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The request bodies of the cases API. */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record NeedBody(@NotBlank @Size(max = 50) String domain, @NotBlank @Size(max = 2000) String description) {
    }

    /** One of the person's own goals, optionally in a well-being domain (a code of wellbeing-domain). */
    public record GoalBody(@NotBlank @Size(max = 2000) String inTheirWords, Boolean achieved,
            @Size(max = 50) String domain) {
    }

    /** Opening a case: for whom, in which team, with which key worker. */
    public record NewCase(
            @NotNull UUID personId,
            @NotNull UUID teamId,
            @NotNull UUID keyWorkerId,
            @PastOrPresent OffsetDateTime openedAt,
            @Size(max = 4000) String summary,
            @Size(max = 30) List<@NotNull @Valid NeedBody> needs,
            @Size(max = 30) List<@NotNull @Valid GoalBody> goals) {
    }

    /** What can be edited on an open or closed case; key worker and status change through their own actions. */
    public record CaseDetails(
            @Size(max = 4000) String summary,
            @Size(max = 30) List<@NotNull @Valid NeedBody> needs,
            @Size(max = 30) List<@NotNull @Valid GoalBody> goals) {
    }

    public record NewHandover(
            @NotNull UUID toWorkerId,
            @NotBlank @Size(max = 2000) String reason,
            @PastOrPresent OffsetDateTime handedOverAt) {
    }

    public record Closure(
            @NotBlank @Size(max = 50) String reason,
            @Size(max = 4000) String note,
            @PastOrPresent OffsetDateTime closedAt) {
    }
}
