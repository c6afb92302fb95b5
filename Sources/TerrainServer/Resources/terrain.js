// Terrain — progressive enhancement only: every page works without this script.
(function () {
  "use strict";
  // Ask before an action that a form marks with data-confirm (archiving).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) { event.preventDefault(); }
  });
  // Print buttons (hidden without this script: the browser's own print works everywhere).
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
  });
  // Show the upload progress of a file form (the server's import progress has its own page).
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-upload-progress]");
    if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
    var bar = document.getElementById(form.getAttribute("data-upload-progress"));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      if (bar) { bar.hidden = false; }
      request.upload.onprogress = function (e) { if (bar && e.lengthComputable) { bar.value = e.loaded / e.total; } };
      request.onload = function () {
        // A redirect means the file was accepted: follow it. Otherwise send the form the ordinary
        // way, so that the browser shows the server's answer (the form with its error) as a page.
        if (request.status < 400 && request.responseURL && request.responseURL !== form.action) {
          window.location.href = request.responseURL;
        } else {
          form.submit();
        }
      };
      request.onerror = function () { form.submit(); };
      request.send(new FormData(form));
    });
  });
})();
