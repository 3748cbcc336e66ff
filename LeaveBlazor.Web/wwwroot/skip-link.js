// Blazor handles links within the page itself and only scrolls to the target: move the keyboard focus there too,
// so the next Tab continues inside the page rather than in the menu the person meant to skip.
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('a.skip-link')) {
        document.getElementById('main-content')?.focus();
    }
});
