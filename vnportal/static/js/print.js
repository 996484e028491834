// Progressive enhancement: the print view works without this; it only adds a button.
const button = document.querySelector(".print-button");
if (button) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
