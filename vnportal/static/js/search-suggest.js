// Title suggestions under the search box, as the ARIA 1.2 combobox pattern (list
// autocomplete). Progressive enhancement: without this script the box is a plain GET form,
// so the combobox roles are only added here, where they become true.
(() => {
  "use strict";

  const DELAY_MS = 250;
  const MIN_LENGTH = 2;
  let counter = 0;

  function enhance(form) {
    const input = form.querySelector('input[name="q"]');
    const url = form.dataset.suggestUrl;
    if (!input || !url || !window.fetch) return;

    counter += 1;
    const listId = `goi-y-tim-kiem-${counter}`;
    const list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Gợi ý tìm kiếm");
    list.hidden = true;
    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentElement.append(list, status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    // The browser's own history list would cover ours.
    input.setAttribute("autocomplete", "off");

    let timer = 0;
    let pending = null;
    let active = -1;

    const options = () => Array.from(list.children);

    function setActive(index) {
      const all = options();
      active = index;
      all.forEach((option, position) => {
        option.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      if (index >= 0 && all[index]) {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open() {
      if (!list.children.length) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function go(option) {
      close();
      window.location.assign(option.dataset.url);
    }

    function show(suggestions) {
      list.replaceChildren();
      suggestions.forEach((suggestion, index) => {
        const option = document.createElement("li");
        option.id = `${listId}-${index}`;
        option.className = "search-suggestion-option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        option.textContent = suggestion.title;
        list.append(option);
      });
      setActive(-1);
      if (suggestions.length) {
        open();
        status.textContent = `Có ${suggestions.length} gợi ý. Dùng phím mũi tên lên, xuống để chọn.`;
      } else {
        close();
        status.textContent = "";
      }
    }

    async function fetchSuggestions(text) {
      if (pending) pending.abort();
      pending = new AbortController();
      const params = new URLSearchParams({ q: text });
      const scope = form.querySelector('input[name="pham-vi"]');
      if (scope && scope.value) params.set("pham-vi", scope.value);
      try {
        const response = await fetch(`${url}?${params}`, {
          signal: pending.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) return;
        const data = await response.json();
        // A slower answer to an older text must not replace the newer one.
        if (input.value.trim() === text) show(data.suggestions || []);
      } catch (error) {
        if (error.name !== "AbortError") close();
      }
    }

    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      const text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        if (pending) pending.abort();
        show([]);
        return;
      }
      timer = window.setTimeout(() => fetchSuggestions(text), DELAY_MS);
    });

    input.addEventListener("keydown", (event) => {
      const count = list.children.length;
      const expanded = !list.hidden;
      switch (event.key) {
        case "ArrowDown":
          if (!count) return;
          event.preventDefault();
          if (!expanded) {
            open();
            if (!event.altKey) setActive(0);
          } else {
            setActive(active + 1 < count ? active + 1 : 0);
          }
          break;
        case "ArrowUp":
          if (!count) return;
          event.preventDefault();
          if (!expanded) {
            open();
            setActive(count - 1);
          } else {
            setActive(active > 0 ? active - 1 : count - 1);
          }
          break;
        case "Enter":
          if (expanded && active >= 0) {
            event.preventDefault();
            go(options()[active]);
          }
          break;
        case "Escape":
          if (expanded) {
            event.preventDefault();
            close();
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    // Keep the focus in the box while a suggestion is pressed, so that blur does not
    // close the list before the click arrives.
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) go(option);
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("form[data-suggest-url]").forEach(enhance);
})();
