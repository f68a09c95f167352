// speechparse's page of a parse: switch between the cleaned text and the raw input,
// open or close the outline. The raw view also opens from the address: #raw or ?view=raw.
(function () {
  "use strict";
  var body = document.body;
  var toggle = document.getElementById("toggle-view");
  var clean = document.getElementById("clean");
  var raw = document.getElementById("raw");

  function show(view) {
    body.setAttribute("data-view", view);
    toggle.setAttribute("aria-pressed", view === "raw" ? "true" : "false");
    toggle.textContent = view === "raw" ? toggle.getAttribute("data-clean-label") : toggle.getAttribute("data-raw-label");
  }

  function followAddress() {
    var wanted = new URLSearchParams(window.location.search).get("view");
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (id === "raw" || wanted === "raw") {
      show("raw");
      return;
    }
    var target = id ? document.getElementById(id) : null;
    if (target && clean.contains(target)) {
      show("clean");
      target.scrollIntoView();
    } else if (target && raw.contains(target)) {
      show("raw");
      target.scrollIntoView();
    }
  }

  toggle.addEventListener("click", function () {
    show(body.getAttribute("data-view") === "raw" ? "clean" : "raw");
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-outline]"), function (button) {
    button.addEventListener("click", function () {
      var open = button.getAttribute("data-outline") === "open";
      Array.prototype.forEach.call(document.querySelectorAll("nav.outline details"), function (details) {
        details.open = open;
      });
    });
  });
  window.addEventListener("hashchange", followAddress);
  show(body.getAttribute("data-view") || "clean");
  followAddress();
})();
