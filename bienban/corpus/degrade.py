"""Make clean renders look scanned: skew, noise, blur, JPEG artefacts, stains, rotated pages.

Levels: "clean" (unchanged), "scan" (an ordinary office scan), "bad" (an old, stained,
low-contrast copy with one page fed sideways or upside down). Deterministic given the rng.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

LEVELS = ("clean", "scan", "bad")


def degrade_document(
    images: Sequence[Image.Image], *, level: str, rng: random.Random
) -> list[Image.Image]:
    """Degrade every page; at level "bad" one page is also turned by 90°, 180° or 270°."""
    turned = rng.randrange(len(images)) if level == "bad" else -1
    turns = rng.choice([1, 2, 2, 3])
    return [
        degrade_page(image, level=level, rng=rng, quarter_turns=turns if index == turned else 0)
        for index, image in enumerate(images)
    ]


def degrade_page(
    image: Image.Image, *, level: str, rng: random.Random, quarter_turns: int = 0
) -> Image.Image:
    """One page at `level`; `quarter_turns` counter-clockwise quarter turns are applied last."""
    if level not in LEVELS:
        raise ValueError(f"unknown degradation level {level!r}: choose from {LEVELS}")
    if level == "clean":
        return _turn(image, quarter_turns)
    noise = np.random.default_rng(rng.getrandbits(64))
    page: np.ndarray = np.asarray(image.convert("L"), dtype=np.float32)
    scale = image.width / 1240.0  # 1.0 at 150 dpi
    if level == "scan":
        page = _tone(page, paper=rng.uniform(232, 250), ink=rng.uniform(10, 40))
        page = _blur(page, sigma=rng.uniform(0.3, 0.7) * scale)
        page = _rotate(
            page, angle=rng.choice([-1, 1]) * rng.uniform(0.3, 1.5), fill=float(np.median(page))
        )
        page = page + noise.normal(0.0, rng.uniform(3, 8), page.shape)
        quality = rng.randint(50, 80)
    else:
        page = _stains(page, rng=rng, noise=noise)
        page = _tone(page, paper=rng.uniform(170, 200), ink=rng.uniform(60, 90))
        page = _lighting(page, rng=rng)
        page = _blur(page, sigma=rng.uniform(0.5, 1.1) * scale)
        page = _perspective(page, rng=rng)
        page = _rotate(
            page, angle=rng.choice([-1, 1]) * rng.uniform(2, 5), fill=float(np.median(page))
        )
        page = page + noise.normal(0.0, rng.uniform(6, 12), page.shape)
        page = _speckle(page, noise=noise, density=rng.uniform(0.0001, 0.0008), scale=scale)
        quality = rng.randint(35, 65)
    out = _jpeg_roundtrip(np.clip(page, 0, 255).astype(np.uint8), quality=quality)
    return _turn(Image.fromarray(out, mode="L"), quarter_turns)


def _turn(image: Image.Image, quarter_turns: int) -> Image.Image:
    turns = quarter_turns % 4
    if not turns:
        return image
    method = {
        1: Image.Transpose.ROTATE_90,
        2: Image.Transpose.ROTATE_180,
        3: Image.Transpose.ROTATE_270,
    }[turns]
    return image.transpose(method)


def _tone(page: np.ndarray, *, paper: float, ink: float) -> np.ndarray:
    """Map white to the paper's grey and black to the ink's grey."""
    return ink + page * ((paper - ink) / 255.0)


def _blur(page: np.ndarray, *, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(page, (0, 0), sigmaX=max(sigma, 0.1))


def _rotate(page: np.ndarray, *, angle: float, fill: float) -> np.ndarray:
    height, width = page.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(page, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=fill)


def _perspective(page: np.ndarray, *, rng: random.Random) -> np.ndarray:
    height, width = page.shape
    src = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    jitter = [
        (rng.uniform(-1, 1) * width * 0.015, rng.uniform(-1, 1) * height * 0.01) for _ in range(4)
    ]
    dst = src + np.array(jitter, dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(
        page, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=float(np.median(page))
    )


def _lighting(page: np.ndarray, *, rng: random.Random) -> np.ndarray:
    """Uneven lighting: a gentle linear gradient across the page."""
    height, width = page.shape
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(angle) * xs / width + np.sin(angle) * ys / height
    ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    return page * (1.0 - rng.uniform(0.08, 0.2) * ramp)


def _stains(page: np.ndarray, *, rng: random.Random, noise: np.random.Generator) -> np.ndarray:
    """Coffee-like stains: soft blobs with a darker ring at their rim."""
    height, width = page.shape
    mask = np.zeros((height // 4, width // 4), dtype=np.float32)
    for _ in range(rng.randint(1, 3)):
        centre = (rng.randrange(mask.shape[1]), rng.randrange(mask.shape[0]))
        radius = rng.randint(mask.shape[1] // 14, mask.shape[1] // 6)
        blob = np.zeros_like(mask)
        for _ in range(6):
            offset = (
                centre[0] + rng.randint(-radius // 3, radius // 3),
                centre[1] + rng.randint(-radius // 3, radius // 3),
            )
            cv2.circle(blob, offset, int(radius * rng.uniform(0.6, 1.0)), 1.0, -1)
        ring = cv2.morphologyEx(blob, cv2.MORPH_GRADIENT, np.ones((5, 5), np.uint8))
        mask += blob * rng.uniform(0.1, 0.25) + ring * rng.uniform(0.2, 0.4)
    mask = cv2.GaussianBlur(mask, (0, 0), sigmaX=3) * (
        0.8 + 0.4 * noise.random(mask.shape, dtype=np.float32)
    )
    mask = cv2.resize(mask, (width, height), interpolation=cv2.INTER_LINEAR)
    return page * (1.0 - np.clip(mask, 0.0, 0.6))


def _speckle(
    page: np.ndarray, *, noise: np.random.Generator, density: float, scale: float
) -> np.ndarray:
    """Salt-and-pepper dust, dots a pixel or two wide."""
    dots = noise.random(page.shape) < density
    size = max(1, round(1.5 * scale))
    pepper = cv2.dilate(dots.astype(np.uint8), np.ones((size, size), np.uint8)).astype(bool)
    salt = noise.random(page.shape) < density / 3
    out = page.copy()
    out[pepper] = noise.uniform(30, 90, int(pepper.sum()))
    out[salt] = 250
    return out


def _jpeg_roundtrip(page: np.ndarray, *, quality: int) -> np.ndarray:
    ok, encoded = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    decoded = cv2.imdecode(encoded, cv2.IMREAD_GRAYSCALE)
    if decoded is None:
        raise RuntimeError("JPEG decoding failed")
    return np.asarray(decoded)
