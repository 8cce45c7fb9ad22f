"""Two records of one person become one (a supervisor's decision).

The kept record takes the other's complaints, callbacks and contacts, its phones, its
tags and notes, and its member number and address where the kept one has none. The
other record stays in the database pointing at the kept one (merged_into), so its id
and its history still lead somewhere; both histories say who merged what, when.
One transaction, checked against both versions the supervisor saw.
"""

from desk.customers import records
from desk.errors import ValidationError
from desk.models import Callback, Complaint, Customer, CustomerContact, CustomerEvent
from desk.staff import permissions
from desk.storage import db
from desk.storage.history import mark_changed


def merge(keep_id: int, keep_version: int, other_id: int, other_version: int, supervisor,
          desk: str) -> records.CustomerRecord:
    permissions.require(supervisor, "merge_customers")
    if records.resolve(keep_id) == records.resolve(other_id):
        raise ValidationError({"other": ("same_customer", {})})
    with db.write_transaction():
        keep, other = records.get(keep_id), records.get(other_id)
        if keep.id != keep_id or other.id != other_id:  # one was merged meanwhile
            raise ValidationError({"other": ("already_merged", {})})
        phones = keep.phones + [p for p in other.phones if p not in keep.phones]
        if len(phones) > records.MAX_PHONES:  # never drop a phone: the supervisor edits first
            raise ValidationError({"other": ("too_many_phones", {"max": records.MAX_PHONES})})
        changes = {
            "member_no": keep.member_no or other.member_no or None,
            "card_level": keep.card_level or other.card_level,
            "address": keep.address or other.address,
            "contact_time": keep.contact_time or other.contact_time,
            "contact_method": keep.contact_method or other.contact_method,
            "declines_callbacks": keep.declines_callbacks or other.declines_callbacks,
            "tags": ",".join(dict.fromkeys([*keep.tags, *other.tags])),
            "notes": "\n".join(n for n in (keep.notes, other.notes) if n),
        }
        if keep.assigned_to_id is None and other.assigned_to_id is not None:
            changes.update(assigned_to=other.assigned_to_id, assigned_at=other.assigned_at,
                           first_contact_due=other.first_contact_due,
                           first_contact_at=other.first_contact_at)
        records.bump(other_id, other_version, merged_into=keep_id)
        # The other's phones move with it: the unique phone column is freed first.
        Customer.update(phone=f"merged:{other_id}", phone_tail="").where(
            Customer.id == other_id).execute()
        records.set_phones(Customer.get_by_id(other_id), [])
        records.bump(keep_id, keep_version, **changes)
        records.set_phones(Customer.get_by_id(keep_id), phones)
        for model in (Complaint, Callback, CustomerContact):
            model.update(customer=keep_id).where(model.customer == other_id).execute()
        Customer.update(merged_into=keep_id).where(Customer.merged_into == other_id).execute()
        records.record_event(keep_id, supervisor.id, desk, "merged_in", other=other.id,
                             name=other.name, phones=",".join(other.phones))
        records.record_event(other_id, supervisor.id, desk, "merged_into", into=keep_id,
                             name=keep.name)
        CustomerEvent.update(customer=keep_id).where(
            (CustomerEvent.customer == other_id) & (CustomerEvent.action != "merged_into")
        ).execute()
        for customer_id in (keep_id, other_id):
            mark_changed(records.TABLE, customer_id, desk)
    return records.get(keep_id)
