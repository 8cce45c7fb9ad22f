"""A desk saving one change to a complaint it read at VERSION; prints ok or conflict.

    edit_once.py URL COMPLAINT_ID VERSION CATEGORY STAFF_ID DESK
"""

import sys

import _boot

from desk.complaints import editing
from desk.errors import ConflictError
from desk.models import Staff


def main(url, complaint_id, version, category, staff_id, desk):
    _boot.open_store(url)
    staff = Staff.get_by_id(int(staff_id))
    _boot.say("ready")
    _boot.wait_for_go()
    try:
        editing.update_complaint(int(complaint_id), int(version), {"category": category},
                                 staff, desk)
    except ConflictError:
        _boot.say("conflict")
    else:
        _boot.say("ok")


if __name__ == "__main__":
    main(*sys.argv[1:7])
