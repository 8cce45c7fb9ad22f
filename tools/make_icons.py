"""Draw desk's application icon (客, for 客服台) with the shipped Noto Sans SC Bold.

    .venv/bin/python tools/make_icons.py

Writes desk/_resources/icons/desk.png (256 px, the window icon) and desk.ico (16-256 px,
the Windows executable's icon in desk.spec). Commit the results; run it again only to
change the drawing.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "desk" / "_resources" / "icons"
FONT = ROOT / "desk" / "_resources" / "fonts" / "NotoSansSC-Bold.ttf"
SIZE = 256
BLUE, WHITE = (31, 95, 158, 255), (255, 255, 255, 255)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=BLUE)
    font = ImageFont.truetype(str(FONT), 172)
    pen.text((SIZE / 2, SIZE / 2 + 4), "客", font=font, fill=WHITE, anchor="mm")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(ICONS / "desk.png", optimize=True)
    image.save(ICONS / "desk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])


if __name__ == "__main__":
    main()
