"""Headings of the minutes' parts as OCR reads them: their numbering and the specks before it."""

from __future__ import annotations

import re

# Numbering before a heading, also as OCR garbles it: "- 5, Thảo luận", "-_E. THẢO LUẬN",
# "VI THẢO LUẬN", "Nội dung! thứ sáu. Thảo luận", "Bước 8: Thảo luận", "Mục 5: …", "VẤN ĐỀ 5 –
# …", "IH. THẢO LUẬN" (a Roman number as OCR reads it); the time a step of the meeting is stamped
# with ("16g20: Thảo luận:", "8:30 tối - …").
NUMBERING = re.compile(
    r"^\s*(?:(?:\d{1,2}\s?(?:(?:g|h|giờ)\s?\d{0,2}(?:\s?phút)?|:\d{2}(?:\s?(?:sáng|trưa|chiều|tối|đêm))?)\s*[:\-–—]|[-–—+•*·\"'“”]|\(?\d{1,2}(?:\.\d{1,2})*(?:[.,)]|/(?!\d))?|[a-zđ](?:[.,)]|/(?!\s*c(?![^\W\d_])))|[ivx]{1,4}(?:\.[ivxl1])?[.,)\-–/]|[ivx1l|][ivxhl1|]{1,3}[.)]|[ivx]{1,4}(?=\s)"
    r"|(?:phần|nội\s*dung|bước|mục|vấn\s*đề)\W{0,2}\s*(?:thứ\s*)?[^\s,.:]+\s*[.,:–-]"
    r"|thứ\s*(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\s*[.,:–-])\s*)+"  # "Thứ hai: Ý kiến …"
)
# Marks OCR made of specks before a heading's numbering ("ˆ_€. THẢO LUẬN"): not a letter.
LEAD_SPECKS = re.compile(r"^\s*[^\w\s\-–—+•*·(\"'“”]+[.)]?(?=\s)")
