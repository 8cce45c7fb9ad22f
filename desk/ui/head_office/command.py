"""`desk head-office --head URL`: the head office's statistics as a program of its own.

URL is the head office's server as the read-only role (desk chain reader), e.g.
postgresql://desk_head@head-office/postgres; every store database on it is shown."""

import sys


def add_arguments(parser) -> None:
    parser.add_argument("--head", required=True, metavar="URL",
                        help="the head office's server, as the read-only role")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")


def run(args) -> int:
    from desk.chain import stores
    from desk.ui.application import make_application
    from desk.ui.head_office.head_office_window import HeadOfficeWindow

    app = make_application(args.lang)
    try:
        found = stores.stores(args.head)
    except Exception as exc:  # the server's own words say why (unreachable, password)
        print(f"desk head-office: {exc}", file=sys.stderr)
        return 1
    if not found:
        print("desk head-office: the server holds no store databases yet "
              "(desk chain subscribe / desk chain append)", file=sys.stderr)
        return 1
    window = HeadOfficeWindow(found)
    window.show()
    return app.exec()
