"""Cover pictures drawn here, so the demo ships no photograph of anyone."""

import io
import random

from PIL import Image, ImageDraw

# One palette per category: sky, land, accent.
PALETTES = {
    "tin-hoat-dong": ("#dbe9f6", "#2f6f4e", "#c8102e"),
    "dan-van-chinh-quyen": ("#fde9d9", "#8a5a2b", "#c8102e"),
    "xay-dung-nong-thon-moi": ("#e3f4d7", "#4f8a2b", "#f5b800"),
    "chuyen-doi-so": ("#e1e7fb", "#2b4f8a", "#00a3a3"),
    "kinh-te-xa-hoi": ("#fff3c4", "#7a6a1e", "#d2691e"),
}


def cover_picture(category_slug, seed, size=(800, 500)):
    """A simple landscape (fields, river, sun) as JPEG bytes."""
    sky, land, accent = PALETTES.get(category_slug, ("#eeeeee", "#777777", "#c8102e"))
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.45, 0.6))
    radius = rng.randint(35, 60)
    sun_x = rng.randint(radius, width - radius)
    draw.ellipse((sun_x - radius, 60, sun_x + radius, 60 + 2 * radius), fill=accent)
    draw.rectangle((0, horizon, width, height), fill=land)
    for row in range(horizon + 20, height, 28):
        draw.line((0, row, width, row + rng.randint(-20, 20)), fill=sky, width=3)
    river_top = rng.randint(0, width)
    draw.polygon(
        [
            (river_top, horizon),
            (river_top + 30, horizon),
            (width // 2 + 160, height),
            (width // 2 - 40, height),
        ],
        fill="#7fb2d9",
    )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()
