// ncursesw for Swift: the wide-character API, plus functions for what Swift cannot import
// (C globals that Swift 6 rejects, attribute and ACS macros, term.h declarations).
#ifndef JCTA_CNCURSESW_SHIM_H
#define JCTA_CNCURSESW_SHIM_H

// Without this, curses.h hides get_wch and the other wide-character functions.
#define NCURSES_WIDECHAR 1
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <termios.h>
#include <curses.h>
#include <term.h>

static inline WINDOW *jcta_stdscr(void) { return stdscr; }
static inline FILE *jcta_stdin(void) { return stdin; }
static inline FILE *jcta_stdout(void) { return stdout; }

static inline attr_t jcta_a_normal(void) { return A_NORMAL; }
static inline attr_t jcta_a_bold(void) { return A_BOLD; }
static inline attr_t jcta_a_reverse(void) { return A_REVERSE; }
static inline attr_t jcta_a_dim(void) { return A_DIM; }
static inline attr_t jcta_a_underline(void) { return A_UNDERLINE; }

static inline chtype jcta_acs_hline(void) { return ACS_HLINE; }
static inline chtype jcta_acs_vline(void) { return ACS_VLINE; }
static inline chtype jcta_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype jcta_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype jcta_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype jcta_acs_lrcorner(void) { return ACS_LRCORNER; }

/// Sets attributes and colour pair in one call (wattr_set is a macro in some builds).
static inline int jcta_set_style(WINDOW *win, attr_t attrs, short pair) {
    return wattr_set(win, attrs, pair, NULL);
}

/// Whether the terminal description can address the cursor (tigetstr returns NULL or -1 when not).
static inline int jcta_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

#endif
