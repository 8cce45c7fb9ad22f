"""The resolution slip of one complaint (处理结果确认单): print it, then get it signed.

Opening the dialog issues the slip if the complaint has none open (desk.resolution.slips).
Every print and every saved PDF is counted with the PDF's SHA-256; the PDF of a
reprint marks itself as a copy (its copy number comes from the count). The customer
signs on paper (the clerk records who saw it and when, and may attach the scan) or on
the signature pad (the drawing goes into the slip's PDF, which is kept with the
complaint), or refuses, which sends the complaint back to proposing a resolution.
Slip writes are single short transactions, so they run on the GUI thread.
"""

import datetime
import hashlib
from pathlib import Path

from PySide6.QtCore import QDateTime, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.complaints import worklist
from desk.errors import DeskError, ValidationError
from desk.printing import resolution_slip
from desk.printing.money import money_figures
from desk.resolution import slips
from desk.resolution.slip_data import resolution_slip_data
from desk.ui import labels
from desk.ui.messages import error_text, field_messages
from desk.ui.resolution.signature_pad import SignaturePad
from desk.ui.widgets import pdf_preview
from desk.ui.widgets.when import minute

_REFUSED = object()  # a write the domain refused (its message is already shown)


class SlipWords:
    """The words the slip prints for remedy codes ("repair" reads as the remedy)."""

    @staticmethod
    def label(code: str) -> str:
        return labels.remedy_label(code)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class SlipDialog(QDialog):
    changed = Signal(int)  # complaint id: the slip was printed, signed or refused

    def __init__(self, complaint_id: int, staff, desk: str, parent=None):
        super().__init__(parent)
        self.complaint_id, self.staff, self.desk = complaint_id, staff, desk
        self.slip: slips.SlipInfo | None = None
        self.signature_png: bytes | None = None  # drawn here: later prints carry it too
        self.setWindowTitle(self.tr("Resolution slip"))
        self._build()
        self._issue()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.trouble = QLabel()
        self.trouble.setWordWrap(True)
        self.trouble.setStyleSheet("color: #b3261e;")
        self.trouble.hide()

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (both copies on one page)"), "A4")
        self.paper.addItem(self.tr("A5 (one page per copy)"), "A5")
        self.preview_button = QPushButton(self.tr("Print pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_slip)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        paper_row = QHBoxLayout()
        paper_row.addWidget(QLabel(self.tr("Paper:")))
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        for button in (self.preview_button, self.print_button, self.save_button):
            paper_row.addWidget(button)

        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.sign_screen_button = QPushButton(self.tr("Customer signs on &screen"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.sign_screen_button.clicked.connect(lambda: self.sign_on_screen())
        self.pad.changed.connect(self._enable)
        screen_buttons = QHBoxLayout()
        screen_buttons.addWidget(self.clear_button)
        screen_buttons.addStretch(1)
        screen_buttons.addWidget(self.sign_screen_button)
        self.screen_box = QGroupBox(self.tr("Signature on screen"))
        screen_layout = QVBoxLayout(self.screen_box)
        screen_layout.addWidget(self.pad, 1)
        screen_layout.addLayout(screen_buttons)

        self.signed_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.signed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.signed_at.setCalendarPopup(True)
        self.scan_path = QLineEdit()
        self.scan_path.setReadOnly(True)
        self.scan_path.setPlaceholderText(self.tr("No scan attached (optional)"))
        self.scan_button = QPushButton(self.tr("Attach s&can…"))
        self.scan_button.clicked.connect(self.choose_scan)
        self.sign_paper_button = QPushButton(self.tr("Signed on p&aper"))
        self.sign_paper_button.clicked.connect(lambda: self.sign_on_paper())
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_path, 1)
        scan_row.addWidget(self.scan_button)
        self.paper_box = QGroupBox(self.tr("Signature on paper"))
        paper_form = QFormLayout(self.paper_box)
        paper_form.addRow(self.tr("Signed at:"), self.signed_at)
        paper_form.addRow(self.tr("Scanned slip:"), scan_row)
        paper_form.addRow("", self.sign_paper_button)

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the customer will not sign"))
        self.reason.setMaxLength(slips.REASON_MAX)
        self.refuse_button = QPushButton(self.tr("Customer &refuses"))
        self.refuse_button.clicked.connect(lambda: self.refuse())
        self.reason.textChanged.connect(self._enable)
        self.refuse_box = QGroupBox(self.tr("Refusal"))
        refuse_row = QHBoxLayout(self.refuse_box)
        refuse_row.addWidget(self.reason, 1)
        refuse_row.addWidget(self.refuse_button)

        side = QVBoxLayout()
        side.addWidget(self.paper_box)
        side.addWidget(self.refuse_box)
        side.addStretch(1)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.screen_box, 3)
        side_widget = QWidget()
        side_widget.setLayout(side)
        sign_row.addWidget(side_widget, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.state)
        layout.addWidget(self.trouble)
        layout.addLayout(paper_row)
        layout.addLayout(sign_row, 1)
        layout.addWidget(buttons)
        self.resize(920, 480)

    # -- state ----------------------------------------------------------------------------------

    def _issue(self) -> None:
        try:
            self.slip = slips.issue_slip(self.complaint_id, self.staff, self.desk)
        except DeskError as exc:
            self._show_error(exc)
        self._show()

    def _reload(self) -> None:
        self.slip = slips.slip(self.slip.id)
        self._show()
        self.changed.emit(self.complaint_id)

    def _show(self) -> None:
        s = self.slip
        if s is None:
            self.heading.setText(self.tr("Resolution slip"))
            self.facts.clear()
            self.state.clear()
        else:
            self.heading.setText(self.tr("Resolution slip {number}").format(number=s.number))
            self.facts.setText(self.tr("Complaint {complaint} · total {total}").format(
                complaint=s.complaint_number, total=money_figures(s.total)))
            self.state.setText(self._state_text(s))
        self._enable()

    def _state_text(self, s: slips.SlipInfo) -> str:
        if s.refused_at is not None:
            return self.tr("Refused on {at}: {reason}").format(
                at=minute(s.refused_at), reason=s.refusal_reason)
        if s.signed_at is not None:
            return self.tr("Signed on {at}. Printed {n} time(s).").format(
                at=minute(s.signed_at), n=s.prints)
        if s.prints:
            return self.tr("Printed {n} time(s); not signed yet.").format(n=s.prints)
        return self.tr("Not printed yet.")

    def _enable(self) -> None:
        s = self.slip
        usable = s is not None and s.refused_at is None
        open_ = usable and s.signed_at is None
        for w in (self.paper, self.preview_button, self.print_button, self.save_button):
            w.setEnabled(usable)
        for w in (self.pad, self.clear_button, self.signed_at, self.scan_button,
                  self.sign_paper_button, self.reason):
            w.setEnabled(open_)
        self.sign_screen_button.setEnabled(open_ and not self.pad.is_empty())
        self.refuse_button.setEnabled(open_ and bool(self.reason.text().strip()))

    def _show_error(self, exc: DeskError) -> None:
        if isinstance(exc, ValidationError):
            text = " ".join(field_messages(exc).values())
        else:
            text = error_text(exc)
        self.trouble.setText(text)
        self.trouble.show()

    def _clear_error(self) -> None:
        self.trouble.clear()
        self.trouble.hide()

    # -- the PDF --------------------------------------------------------------------------------

    @property
    def page_size(self) -> str:
        return self.paper.currentData()

    def set_page_size(self, page_size: str) -> None:
        self.paper.setCurrentIndex(self.paper.findData(page_size))

    def slip_pdf(self, signature_png: bytes | None = None, signed_on: str = "") -> bytes:
        """The slip's next print: a copy once it was printed before (the count says which)."""
        data = resolution_slip_data(self.complaint_id, self.slip.id)
        store, slip = resolution_slip.from_slip_data(data)
        if data.signed_at is not None or signed_on:
            slip.signed = True
            slip.signed_on = signed_on or data.signed_at.date().isoformat()
        return resolution_slip.build(store, slip, SlipWords(), self.page_size,
                                     signature_png or self.signature_png)

    def _act(self, write):
        """Run one write on the slip; a refusal is said in the dialog and gives _REFUSED,
        success shows the slip as stored now and gives what the write returned."""
        try:
            result = write()
        except DeskError as exc:
            self._show_error(exc)
            return _REFUSED
        self._clear_error()
        self._reload()
        return result

    def _record(self, pdf: bytes) -> int | None:
        copy_no = self._act(lambda: slips.record_print(self.slip.id, sha256(pdf), self.staff,
                                                       self.desk))
        return None if copy_no is _REFUSED else copy_no

    def print_preview(self) -> bool:
        """The preview; printing from it counts as a print."""
        pdf = self.slip_pdf()
        dialog = pdf_preview.preview_dialog(pdf, self.page_size, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._record(pdf) is not None

    def print_slip(self) -> bool:
        pdf = self.slip_pdf()
        if not pdf_preview.print_with_dialog(pdf, self.page_size, self):
            return False
        return self._record(pdf) is not None

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Save the slip as a PDF file (asks where when no path is given); counted as a print."""
        pdf = self.slip_pdf()
        if path is None:
            start = Path(QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), str(start / f"{self.slip.number}.pdf"),
                self.tr("PDF documents (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        path.write_bytes(pdf)
        if self._record(pdf) is None:
            return None
        return path

    # -- signature and refusal ------------------------------------------------------------------

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scanned slip"), str(Path.home()),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if path:
            self.scan_path.setText(path)

    def sign_on_paper(self, scan_path: str | Path | None = None) -> bool:
        """The clerk saw the customer sign the printed slip (the scan is optional)."""
        scan = Path(scan_path) if scan_path else (
            Path(self.scan_path.text()) if self.scan_path.text() else None)
        at = self.signed_at.dateTime().toPython().replace(second=0, microsecond=0)
        now = datetime.datetime.now().replace(microsecond=0)
        at = min(at, now)  # "now" picked a minute ago is still now
        issued = self.slip.issued_at
        if at < issued and at >= issued.replace(second=0):  # the minute it was issued in
            at = issued
        try:
            data = scan.read_bytes() if scan else None
        except OSError:
            self.trouble.setText(self.tr("The scan could not be read: {path}").format(path=scan))
            self.trouble.show()
            return False
        return self._sign(at, data, scan.name if scan else None)

    def sign_on_screen(self) -> bytes | None:
        """The customer signed on the pad: the signed slip's PDF is kept with the complaint
        and counted as a print. Returns that PDF."""
        if self.pad.is_empty():
            self.trouble.setText(self.tr("The customer has not signed on the pad yet."))
            self.trouble.show()
            return None
        png = self.pad.png_bytes()
        at = datetime.datetime.now().replace(microsecond=0)
        pdf = self.slip_pdf(png, signed_on=at.date().isoformat())
        if not self._sign(at, pdf, f"{self.slip.number}-signed.pdf"):
            return None
        self.signature_png = png
        if self._record(pdf) is None:
            return None
        return pdf

    def _sign(self, at: datetime.datetime, scan: bytes | None, filename: str | None) -> bool:
        return self._act(lambda: slips.mark_signed(self.slip.id, self.staff, at, scan,
                                                   desk=self.desk, scan_filename=filename)
                         ) is not _REFUSED

    def refuse(self, reason: str | None = None) -> bool:
        """The customer will not sign: the complaint goes back to proposing a resolution."""
        reason = self.reason.text() if reason is None else reason
        complaint = worklist.complaint(self.complaint_id)
        if complaint is None:
            self._show_error(DeskError("not_found"))
            return False
        return self._act(lambda: slips.record_refusal(self.slip.id, complaint.version,
                                                      self.staff, self.desk, reason)
                         ) is not _REFUSED

    def keyPressEvent(self, event) -> None:
        # Enter in the reason field must not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
