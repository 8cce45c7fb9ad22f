"""Staff, PINs, sign-in and the supervisor's rights over staff."""

import pytest

from desk.errors import AuthError, PermissionDenied, ValidationError
from desk.models import Staff
from desk.staff import auth


def test_pins_are_hashed_with_a_salt_and_verified():
    first, second = auth.hash_pin("1357"), auth.hash_pin("1357")
    assert first != second and "1357" not in first and first.startswith("scrypt$")
    assert auth.verify_pin("1357", first) and not auth.verify_pin("1358", first)
    assert not auth.verify_pin("1357", "garbage")


def test_sign_in_with_code_and_pin(store):
    assert auth.sign_in("c1", "1357").id == store.clerk.id
    with pytest.raises(AuthError) as err:
        auth.sign_in("c1", "0000")
    assert err.value.code == "wrong_code_or_pin"
    with pytest.raises(AuthError):
        auth.sign_in("nobody", "1357")


def test_too_many_wrong_pins_lock_until_a_supervisor_unlocks(store):
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthError):
            auth.sign_in("c1", "0000")
    with pytest.raises(AuthError) as err:
        auth.sign_in("c1", "1357")
    assert err.value.code == "locked"
    with pytest.raises(PermissionDenied):
        auth.unlock(store.clerk, by=store.clerk)
    auth.unlock(store.clerk, by=store.supervisor)
    assert auth.sign_in("c1", "1357").id == store.clerk.id


def test_a_good_sign_in_resets_the_failure_count(store):
    with pytest.raises(AuthError):
        auth.sign_in("c1", "0000")
    auth.sign_in("c1", "1357")
    assert Staff.get_by_id(store.clerk.id).failed_sign_ins == 0


def test_store_is_set_up_once(store):
    with pytest.raises(AuthError) as err:
        auth.set_up_store("别的商场", "S02", "x", "某人", "1234")
    assert err.value.code == "already_set_up"


def test_set_up_checks_its_fields(conn):
    with pytest.raises(ValidationError) as err:
        auth.set_up_store("", "s 1", "boss", "", "12")
    assert set(err.value.fields) == {"store_name", "store_code", "name", "pin"}


def test_only_supervisors_manage_staff(store):
    with pytest.raises(PermissionDenied):
        auth.add_staff("c2", "赵六", "1111", by=store.clerk)
    with pytest.raises(PermissionDenied):
        auth.update_staff(store.clerk.id, store.clerk, authority_limit="99999")
    with pytest.raises(PermissionDenied):
        auth.reset_pin(store.clerk.id, "2222", by=store.clerk)
    changed = auth.update_staff(store.clerk.id, store.supervisor, authority_limit="500",
                                role="supervisor")
    assert str(changed.authority_limit) == "500.00" and changed.role == "supervisor"


def test_duplicate_staff_code_is_refused(store):
    with pytest.raises(ValidationError) as err:
        auth.add_staff("c1", "重名", "1111", by=store.supervisor)
    assert err.value.fields["code"][0] == "staff_code_taken"


def test_the_last_supervisor_cannot_be_removed(store):
    with pytest.raises(ValidationError) as err:
        auth.update_staff(store.supervisor.id, store.supervisor, active=False)
    assert err.value.fields["role"][0] == "last_supervisor"
    with pytest.raises(ValidationError):
        auth.update_staff(store.supervisor.id, store.supervisor, role="clerk")
    auth.update_staff(store.clerk.id, store.supervisor, role="supervisor")
    auth.update_staff(store.supervisor.id, store.supervisor, active=False)
    assert not Staff.get_by_id(store.supervisor.id).active


def test_pin_reset_and_own_change(store):
    auth.reset_pin(store.clerk.id, "9999", by=store.supervisor)
    assert auth.sign_in("c1", "9999")
    with pytest.raises(ValidationError):
        auth.change_own_pin(store.clerk, "1357", "4444")
    auth.change_own_pin(store.clerk, "9999", "4444")
    assert auth.sign_in("c1", "4444")


def test_a_bad_authority_limit_is_refused_not_zeroed(store):
    with pytest.raises(ValidationError) as err:
        auth.add_staff("c9", "钱七", "1111", authority_limit="abc", by=store.supervisor)
    assert err.value.fields["authority_limit"][0] == "amount_invalid"
