// Links each field to its words on the page image: hover or focus a field to light its
// highlight, click a highlight to go to its field. Pages whose words the record could not
// place ask the server to find them (data-boxes). No build step, no framework.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const boxes = (name) => document.querySelectorAll(`.hl[data-field="${CSS.escape(name)}"]`);
  const field = (name) => document.getElementById(`field-${name}`);
  const light = (name, on) => {
    boxes(name).forEach((box) => box.classList.toggle("active", on));
    const row = field(name);
    if (row) row.classList.toggle("active", on);
  };
  document.querySelectorAll(".field[data-field]").forEach((row) => {
    const name = row.dataset.field;
    row.addEventListener("mouseenter", () => light(name, true));
    row.addEventListener("mouseleave", () => light(name, false));
    row.addEventListener("focusin", () => {
      light(name, true);
      const first = boxes(name)[0];
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    });
    row.addEventListener("focusout", () => light(name, false));
  });
  document.querySelector(".scans")?.addEventListener("click", (event) => {
    const box = event.target.closest(".hl[data-field]");
    const row = box && field(box.dataset.field);
    if (!row) return;
    row.scrollIntoView({ block: "center", behavior: "smooth" });
    const input = row.querySelector("[name=value]");
    if (input) input.focus({ preventScroll: true });
  });
  const draw = (page, found) => {
    found.forEach(({ field: name, box, uncertain }) => {
      const div = document.createElement("div");
      div.className = uncertain ? "hl hl-uncertain" : "hl";
      div.dataset.field = name;
      div.title = field(name)?.querySelector(".label")?.textContent || name;
      const [left, top, width, height] = box.map((v) => `${(v * 100).toFixed(3)}%`);
      Object.assign(div.style, { left, top, width, height });
      page.appendChild(div);
      field(name)?.querySelector(".locating")?.remove();
    });
  };
  document.querySelectorAll(".page-image[data-boxes]").forEach((page) => {
    fetch(page.dataset.boxes, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : { boxes: [] }))
      .then((data) => draw(page, data.boxes))
      .catch(() => {})
      .finally(() => {
        const number = page.closest(".page")?.id.replace("page-", "");
        document.querySelectorAll(`.field[data-page="${number}"] .locating`).forEach((note) => {
          note.textContent = "(chưa định vị được trên ảnh)";
        });
      });
  });
});
