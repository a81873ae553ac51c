// The page's print link; a file of its own so the page's Content-Security-Policy can forbid inline script.
(function () {
  var links = document.querySelectorAll('a.print-link');
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function (event) {
      event.preventDefault();
      window.print();
    });
  }
})();
