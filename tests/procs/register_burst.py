"""A desk registering complaints as fast as it can, printing each number once
register() has returned (so the parent knows which saves the clerk was told about).

    register_burst.py URL STAFF_ID COUNT DESK [--wait]
"""

import sys

import _boot

from desk.complaints import registration
from desk.models import Staff
from tests.complaints.test_registration import make_input


def main(url, staff_id, count, desk, wait=False):
    _boot.open_store(url)
    staff = Staff.get_by_id(int(staff_id))
    desk_no = sum(map(ord, desk)) % 100
    _boot.say("ready")
    if wait:
        _boot.wait_for_go()
    for i in range(int(count)):
        complaint = registration.register(
            make_input(phone=f"139{desk_no:02d}{i:06d}", account=f"{desk}第{i}次投诉：冰箱不制冷"),
            staff, desk)
        _boot.say(complaint.number)
    _boot.say("done")


if __name__ == "__main__":
    main(*sys.argv[1:5], wait="--wait" in sys.argv)
