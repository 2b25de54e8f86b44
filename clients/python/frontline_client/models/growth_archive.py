from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.archive_card import ArchiveCard
    from ..models.archive_credits import ArchiveCredits
    from ..models.archive_posting import ArchivePosting
    from ..models.archive_tickets import ArchiveTickets
    from ..models.mentorship_read import MentorshipRead
    from ..models.rule_standing import RuleStanding


T = TypeVar("T", bound="GrowthArchive")


@_attrs_define
class GrowthArchive:
    """One timeline of a person's growth: postings with their closed months, credits and level,
    tickets, mentoring, where they stand on the promotion rules, and the recognition they received.

        Attributes:
            credits_ (ArchiveCredits):
            eligibility (list[RuleStanding]):
            employee_id (UUID):
            employee_no (str):
            full_name (str):
            mentorships (list[MentorshipRead]):
            postings (list[ArchivePosting]):
            recognition (list[ArchiveCard]): Recognition cards received, newest first (the latest 200); private ones only
                for those who may read them
            tickets (ArchiveTickets):
    """

    credits_: ArchiveCredits
    eligibility: list[RuleStanding]
    employee_id: UUID
    employee_no: str
    full_name: str
    mentorships: list[MentorshipRead]
    postings: list[ArchivePosting]
    recognition: list[ArchiveCard]
    tickets: ArchiveTickets
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_.to_dict()

        eligibility = []
        for eligibility_item_data in self.eligibility:
            eligibility_item = eligibility_item_data.to_dict()
            eligibility.append(eligibility_item)

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        mentorships = []
        for mentorships_item_data in self.mentorships:
            mentorships_item = mentorships_item_data.to_dict()
            mentorships.append(mentorships_item)

        postings = []
        for postings_item_data in self.postings:
            postings_item = postings_item_data.to_dict()
            postings.append(postings_item)

        recognition = []
        for recognition_item_data in self.recognition:
            recognition_item = recognition_item_data.to_dict()
            recognition.append(recognition_item)

        tickets = self.tickets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
                "eligibility": eligibility,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "mentorships": mentorships,
                "postings": postings,
                "recognition": recognition,
                "tickets": tickets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.archive_card import ArchiveCard  # noqa: PLC0415
        from ..models.archive_credits import ArchiveCredits  # noqa: PLC0415
        from ..models.archive_posting import ArchivePosting  # noqa: PLC0415
        from ..models.archive_tickets import ArchiveTickets  # noqa: PLC0415
        from ..models.mentorship_read import MentorshipRead  # noqa: PLC0415
        from ..models.rule_standing import RuleStanding  # noqa: PLC0415

        d = dict(src_dict)
        credits_ = ArchiveCredits.from_dict(d.pop("credits"))

        eligibility = []
        _eligibility = d.pop("eligibility")
        for eligibility_item_data in _eligibility:
            eligibility_item = RuleStanding.from_dict(eligibility_item_data)

            eligibility.append(eligibility_item)

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        mentorships = []
        _mentorships = d.pop("mentorships")
        for mentorships_item_data in _mentorships:
            mentorships_item = MentorshipRead.from_dict(mentorships_item_data)

            mentorships.append(mentorships_item)

        postings = []
        _postings = d.pop("postings")
        for postings_item_data in _postings:
            postings_item = ArchivePosting.from_dict(postings_item_data)

            postings.append(postings_item)

        recognition = []
        _recognition = d.pop("recognition")
        for recognition_item_data in _recognition:
            recognition_item = ArchiveCard.from_dict(recognition_item_data)

            recognition.append(recognition_item)

        tickets = ArchiveTickets.from_dict(d.pop("tickets"))

        growth_archive = cls(
            credits_=credits_,
            eligibility=eligibility,
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            mentorships=mentorships,
            postings=postings,
            recognition=recognition,
            tickets=tickets,
        )

        growth_archive.additional_properties = d
        return growth_archive

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
