"""Every kind of notification: its title and body (English message ids, zh-CN in
locale/zh_CN/notifications.po) and who gets it. The kind is the stable key apps and preferences use."""

from __future__ import annotations

from dataclasses import dataclass

from domain.notifications.texts import N_


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    title: str
    body: str
    # who hears it, for the preferences screen and the API documentation
    audience: str


_KINDS = [
    # tickets
    Kind("ticket.created", N_("New ticket for your team"), N_("{origin}: {title}"), N_("the owning team's queue")),
    Kind("ticket.replied", N_("New reply"), N_("New reply on “{title}”."), N_("the requester, or the owning side")),
    Kind(
        "ticket.acknowledged",
        N_("Ticket acknowledged"),
        N_("The team acknowledged “{title}”."),
        N_("the requester"),
    ),
    Kind("ticket.in_progress", N_("Ticket in progress"), N_("“{title}” is being worked on."), N_("the requester")),
    Kind(
        "ticket.waiting_on_requester",
        N_("Your answer is needed"),
        N_("The team waits on your answer about “{title}”."),
        N_("the requester"),
    ),
    Kind(
        "ticket.resolved",
        N_("Ticket resolved"),
        N_("“{title}” was resolved. Rate the answer, or reopen it within 7 days."),
        N_("the requester"),
    ),
    Kind("ticket.closed", N_("Ticket closed"), N_("“{title}” is closed."), N_("the requester")),
    Kind("ticket.assigned", N_("A ticket is yours"), N_("You hold “{title}”."), N_("the new holder")),
    Kind(
        "ticket.transferred",
        N_("Ticket handed to your team"),
        N_("“{title}” was handed to your team: {reason}"),
        N_("the receiving team's queue"),
    ),
    Kind("ticket.reopened", N_("Ticket reopened"), N_("“{title}” was reopened: {reason}"), N_("the owning side")),
    Kind(
        "ticket.rated",
        N_("Ticket rated"),
        N_("“{title}” was rated {score} out of 5."),
        N_("the holder and the department heads"),
    ),
    Kind(
        "ticket.escalated",
        N_("Ticket escalated"),
        N_("“{title}”: the {sla_clock} clock is at {level}% of its target."),
        N_("the holder or queue at 75%, the department head at 100%, HR at 150%"),
    ),
    # transfers and assignments
    Kind(
        "transfer.submitted",
        N_("Request submitted"),
        N_("Your {transfer_kind} request to {destination} from {start_date} is under review."),
        N_("the employee and the requester"),
    ),
    Kind(
        "transfer.waiting",
        N_("A request waits for you"),
        N_("{employee}'s {transfer_kind} request to {destination} waits for your decision ({step})."),
        N_("whoever may decide the step it waits at"),
    ),
    Kind(
        "transfer.step_approved",
        N_("Step approved"),
        N_("{step} approved your request to {destination}; it goes on to {next_step}."),
        N_("the employee and the requester"),
    ),
    Kind(
        "transfer.returned",
        N_("Request returned"),
        N_("{step} returned your request to {destination}: {comment}"),
        N_("the requester"),
    ),
    Kind(
        "transfer.approved",
        N_("Request approved"),
        N_("Your {transfer_kind} to {destination} is approved, from {start_date}."),
        N_("the employee and the requester"),
    ),
    Kind(
        "transfer.arriving",
        N_("A colleague is coming"),
        N_("{employee} joins {destination} from {start_date} ({transfer_kind})."),
        N_("the receiving store's managers"),
    ),
    Kind(
        "transfer.rejected",
        N_("Request rejected"),
        N_("Your {transfer_kind} request to {destination} was rejected."),
        N_("the employee and the requester"),
    ),
    Kind(
        "transfer.withdrawn",
        N_("Request withdrawn"),
        N_("{employee}'s request to {destination} was withdrawn; it no longer waits for you."),
        N_("whoever could decide the step it waited at"),
    ),
    Kind(
        "transfer.cancelled",
        N_("Transfer cancelled"),
        N_("HR cancelled your {transfer_kind} to {destination}."),
        N_("the employee and the requester"),
    ),
    # flexible arrangements (no reason is ever in them: reasons stay in the care profile)
    Kind(
        "arrangement.waiting",
        N_("A flexible arrangement waits for you"),
        N_("{employee}'s flexible arrangement from {start_date} to {end_date} waits for your decision ({step})."),
        N_("whoever may decide the step it waits at"),
    ),
    Kind(
        "arrangement.approved",
        N_("Flexible arrangement approved"),
        N_("Your flexible arrangement from {start_date} to {end_date} is approved."),
        N_("the employee"),
    ),
    Kind(
        "arrangement.rejected",
        N_("Flexible arrangement not approved"),
        N_("{step} did not approve your flexible arrangement from {start_date}: {comment}"),
        N_("the employee"),
    ),
    Kind(
        "arrangement.withdrawn",
        N_("Flexible arrangement withdrawn"),
        N_("{employee} withdrew a flexible arrangement; it no longer waits for you."),
        N_("whoever could decide the step it waited at"),
    ),
    # rosters and shift swaps
    Kind(
        "roster.published",
        N_("Your shifts are out"),
        N_("Your shifts at {store} for the week of {week_start}: {shifts}."),
        N_("each person on the published roster"),
    ),
    Kind(
        "roster.changed",
        N_("Your shifts changed"),
        N_("Your shifts at {store} for the week of {week_start} changed; now: {shifts}."),
        N_("each person whose shifts changed on a published roster"),
    ),
    Kind(
        "shift_swap.offered",
        N_("A shift is on offer"),
        N_("{employee} offers the {shift} shift at {store} on {day}."),
        N_("the store's managers"),
    ),
    Kind(
        "shift_swap.taken",
        N_("A shift swap waits for you"),
        N_("{taker} would take {employee}'s {shift} shift at {store} on {day}; approve or reject it."),
        N_("the store's managers, and the person who offered it"),
    ),
    Kind(
        "shift_swap.approved",
        N_("Shift swap approved"),
        N_("The {shift} shift at {store} on {day} moved from {employee} to {taker}."),
        N_("the person who offered it and the taker"),
    ),
    Kind(
        "shift_swap.rejected",
        N_("Shift swap not approved"),
        N_("The {shift} shift at {store} on {day} stays with {employee}."),
        N_("the person who offered it and the taker"),
    ),
    Kind(
        "shift_swap.withdrawn",
        N_("Shift swap withdrawn"),
        N_("{employee} withdrew the offer of the {shift} shift at {store} on {day}; it no longer waits for you."),
        N_("the taker and the store's managers"),
    ),
    Kind(
        "shift_swap.ended",
        N_("Shift swap ended"),
        N_("The {shift} shift at {store} on {day} left the roster, so {employee}'s offer of it ended."),
        N_("the person who offered it, the taker and the store's managers"),
    ),
    # postings
    Kind(
        "posting.application_received",
        N_("New application"),
        N_("{employee} applied to “{title}”."),
        N_("the posting store's managers"),
    ),
    Kind(
        "posting.application_closed",
        N_("Posting filled"),
        N_("“{title}” is filled; your application is closed and its request withdrawn."),
        N_("each applicant still waiting"),
    ),
    Kind(
        "posting.closed",
        N_("Posting closed"),
        N_("“{title}” was closed; your application is closed and its request withdrawn."),
        N_("each applicant still waiting"),
    ),
    Kind(
        "growth.eligible",
        N_("Promotion opportunity"),
        N_("You now meet the rule “{title}” for {target}. Talk to HR about your next step."),
        N_("the person who became eligible"),
    ),
    Kind(
        "growth.mentor_assigned",
        N_("A mentor for the secondment"),
        N_("{mentor} mentors {mentee} at {unit} from {start_date}; a check-in every week."),
        N_("the mentor and the secondee"),
    ),
    Kind(
        "growth.report_written",
        N_("Your growth report is ready"),
        N_("The growth report of {employee}'s posting at {unit} is ready: results, strengths, gaps and courses."),
        N_("the secondee and their department head"),
    ),
    Kind(
        "growth.check_in_overdue",
        N_("Mentor check-in overdue"),
        N_("{mentor} has not checked in with {mentee} for {days} days (since {since})."),
        N_("the mentor after 8 days, the secondee's department head after 15"),
    ),
    Kind(
        "posting.readiness_missing",
        N_("Training to finish before your posting"),
        N_("“{title}” starts on {start_date}; {employee} still has to pass: {courses}."),
        N_("the applicant and HR"),
    ),
    Kind(
        "assignment.starting",
        N_("You start tomorrow"),
        N_("Your assignment at {unit} starts tomorrow, {valid_from}."),
        N_("the employee"),
    ),
    Kind(
        "assignment.arriving_tomorrow",
        N_("A colleague starts tomorrow"),
        N_("{employee} starts at {unit} tomorrow, {valid_from}."),
        N_("the receiving store's managers"),
    ),
    Kind(
        "assignment.ended",
        N_("Assignment ended"),
        N_("Your assignment at {unit} ended on {valid_to}. Welcome back."),
        N_("the employee"),
    ),
    Kind(
        "assignment.left",
        N_("A colleague's assignment ended"),
        N_("{employee}'s assignment at {unit} ended on {valid_to}."),
        N_("the store's managers"),
    ),
    # attendance
    Kind(
        "clock_in.flagged",
        N_("Punch to review"),
        N_("{employee}'s punch at {store} at {punched_at} was flagged: {flags}."),
        N_("the store's managers"),
    ),
    # performance
    Kind(
        "period.closed",
        N_("Your score is final"),
        N_("HR closed {period}: your score of {score} is final."),
        N_("everyone scored in the month"),
    ),
    # pools
    Kind(
        "pool.calculated",
        N_("Pool share calculated"),
        N_("{pool}: your projected share is {amount} {currency}."),
        N_("the pool's members"),
    ),
    Kind(
        "pool.settled",
        N_("Pool share settled"),
        N_("{pool} is settled: your share of {amount} {currency} goes to payroll."),
        N_("the pool's members"),
    ),
    # recognition (add this context's kinds here)
    Kind(
        "recognition.card_received",
        N_("You were recognised"),
        N_("{sender} recognised you for {category}. Points: {points}."),
        N_("the card's receiver"),
    ),
    Kind(
        "recognition.redemption_requested",
        N_("Redemption to decide"),
        N_("{employee} asks to redeem {points} points for {item}."),
        N_("HR"),
    ),
    Kind(
        "recognition.redemption_approved",
        N_("Redemption approved"),
        N_("HR approved your redemption of {item} for {points} points."),
        N_("the requester"),
    ),
    Kind(
        "recognition.redemption_rejected",
        N_("Redemption not approved"),
        N_("HR did not approve your redemption of {item}: {reason} The {points} points are back in your balance."),
        N_("the requester"),
    ),
    Kind(
        "recognition.points_expired",
        N_("Points expired"),
        N_("{points} of your recognition points reached their expiry date."),
        N_("the holder of the points"),
    ),
    # stories (add this context's kinds here)
    Kind(
        "stories.story_published",
        N_("New frontline story"),
        N_("A new story for you: “{title}”."),
        N_("the story's audience"),
    ),
    Kind(
        "stories.broadcast",
        N_("Notice from HR"),
        N_("“{title}”: please read it."),
        N_("the broadcast's recipients"),
    ),
    Kind(
        "stories.consent_requested",
        N_("Your consent is asked"),
        N_("HR would like to feature you in the story “{title}”. Please give or refuse your consent."),
        N_("the person featured"),
    ),
    Kind(
        "stories.post_hidden",
        N_("Your post was hidden"),
        N_("“{title}” was hidden from the board: {reason}"),
        N_("the post's author"),
    ),
    Kind(
        "stories.post_commented",
        N_("New comment on your post"),
        N_("{name} commented on “{title}”."),
        N_("the post's author"),
    ),
    # knowledge (add this context's kinds here)
    # pulse surveys
    Kind(
        "surveys.wave_opened",
        N_("A pulse survey for you"),
        N_("“{title}”: a few questions about your frontline posting, open until {closes_on}. Answers are anonymous."),
        N_("people on a frontline posting, and those whose posting just ended"),
    ),
    Kind(
        "surveys.wave_reminded",
        N_("Pulse survey closing soon"),
        N_("“{title}” closes on {closes_on}; your answer is still missing. Answers are anonymous."),
        N_("those asked who have not answered"),
    ),
    # analytics
    Kind(
        "analytics.flag_raised",
        N_("Figure flagged"),
        N_("{figure} of {group} is {value}, {direction} the threshold of {threshold}."),
        N_("HR and the heads of the unit concerned"),
    ),
    # integrations
    Kind(
        "webhook.disabled",
        N_("Webhook disabled"),
        N_("Webhook subscription {url} failed for 24 hours and was disabled; fix it, then re-enable it."),
        N_("the integration client's owner"),
    ),
]
# notices written before texts came from the catalogue keep their English text
LEGACY = Kind("legacy", N_("Notification"), "{text}", "")
KINDS: dict[str, Kind] = {kind.name: kind for kind in [*_KINDS, LEGACY]}

# fixed words inside texts, by the value they stand for
CLOCK_LABELS = {"first_response": N_("first response"), "resolution": N_("resolution")}
TRANSFER_KIND_LABELS = {
    "secondment": N_("secondment"),
    "permanent": N_("permanent transfer"),
    "early_return": N_("early return"),
    "extension": N_("extension"),
}
FLAG_LABELS = {
    "mock_location": N_("mock location"),
    "impossible_travel": N_("impossible travel"),
    "offline": N_("offline punch"),
    "missing_out": N_("no clock-out"),
}
NOT_SCORED = N_("not scored")
# the default approval chain's step names (configured names are shown as written)
STEP_LABELS = {name: name for name in (N_("Department review"), N_("HR approval"), N_("Leader sign-off"))}
