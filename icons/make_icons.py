"""Draws the app's icon (a key with a check mark on a rounded tile) at every size the bundle needs.

Run with `python3 icons/make_icons.py` (needs Pillow); the PNGs it writes are committed.
"""
from pathlib import Path
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
TILE = (18, 52, 86, 255)      # deep blue
KEY = (245, 197, 66, 255)     # gold
CHECK = (72, 199, 116, 255)   # green


def draw(size: int) -> Image.Image:
    s = 1024
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((40, 40, s - 40, s - 40), radius=200, fill=TILE)
    # key bow (ring)
    d.ellipse((170, 250, 500, 580), fill=KEY)
    d.ellipse((265, 345, 405, 485), fill=TILE)
    # key shaft and teeth
    d.rectangle((470, 380, 850, 450), fill=KEY)
    d.rectangle((700, 450, 760, 560), fill=KEY)
    d.rectangle((790, 450, 850, 520), fill=KEY)
    # check mark badge
    d.ellipse((560, 600, 880, 920), fill=CHECK)
    d.line((630, 760, 700, 835, 815, 690), fill=(255, 255, 255, 255), width=48, joint="curve")
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    for name, size in {"32x32.png": 32, "64x64.png": 64, "128x128.png": 128,
                       "128x128@2x.png": 256, "icon.png": 512}.items():
        draw(size).save(HERE / name)


if __name__ == "__main__":
    main()
