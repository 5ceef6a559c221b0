#ifndef CALLBOARD_NCURSESW_SHIM_H
#define CALLBOARD_NCURSESW_SHIM_H

/* Wide-character curses: these must come before the include, or cchar_t,
   mvadd_wch and get_wch stay invisible. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* Globals that Swift 6 rejects as shared mutable state. */
static inline WINDOW *cb_stdscr(void) { return stdscr; }
static inline int cb_lines(void) { return LINES; }
static inline int cb_cols(void) { return COLS; }
static inline int cb_colors(void) { return COLORS; }
static inline int cb_color_pairs(void) { return COLOR_PAIRS; }

/* Attribute macros. */
static inline attr_t cb_a_normal(void) { return A_NORMAL; }
static inline attr_t cb_a_bold(void) { return A_BOLD; }
static inline attr_t cb_a_reverse(void) { return A_REVERSE; }
static inline attr_t cb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cb_a_dim(void) { return A_DIM; }

static inline int cb_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cb_key_resize(void) { return KEY_RESIZE; }

static inline void cb_getmaxyx(WINDOW *w, int *y, int *x) {
    int yy, xx;
    getmaxyx(w, yy, xx);
    *y = yy;
    *x = xx;
}

/* Mouse: clicks of the first button and the wheel (buttons 4 and 5), reported at once. */
static inline int cb_key_mouse(void) { return KEY_MOUSE; }
static inline void cb_mouse_on(void) {
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
              | BUTTON5_PRESSED
#endif
              , NULL);
    mouseinterval(0);
}
/* The last mouse event: 1 click, 4 wheel up, 5 wheel down, 0 anything else; -1 when none. */
static inline int cb_mouse_event(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return -1;
    *x = e.x;
    *y = e.y;
    if (e.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (e.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (e.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}

/* Puts one cell (a base character plus up to four combining marks). */
static inline int cb_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

/* Reads one key: returns OK (a character in *ch), KEY_CODE_YES (a key code in *ch) or ERR. */
static inline int cb_get_wch(unsigned int *ch) {
    wint_t w = 0;
    int rc = get_wch(&w);
    *ch = (unsigned int)w;
    return rc;
}

/* Reads one byte or key code (getch): for a locale that is not UTF-8, where get_wch drops the
   bytes of a UTF-8 character the terminal sends anyway. */
static inline int cb_getch(void) { return getch(); }

static inline const char *cb_codeset(void) { return nl_langinfo(CODESET); }

static inline SCREEN *cb_newterm(const char *term) { return newterm(term, stdout, stdin); }

/* Key codes: KEY_* are octal macros and KEY_F(n) is function-like, so Swift gets them here. */
static inline int cb_key_up(void) { return KEY_UP; }
static inline int cb_key_down(void) { return KEY_DOWN; }
static inline int cb_key_left(void) { return KEY_LEFT; }
static inline int cb_key_right(void) { return KEY_RIGHT; }
static inline int cb_key_ppage(void) { return KEY_PPAGE; }
static inline int cb_key_npage(void) { return KEY_NPAGE; }
static inline int cb_key_home(void) { return KEY_HOME; }
static inline int cb_key_end(void) { return KEY_END; }
static inline int cb_key_enter(void) { return KEY_ENTER; }
static inline int cb_key_btab(void) { return KEY_BTAB; }
static inline int cb_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cb_key_dc(void) { return KEY_DC; }
static inline int cb_key_ic(void) { return KEY_IC; }
static inline int cb_key_f(int n) { return KEY_F(n); }

/* Whether the terminal can move the cursor: a "dumb" entry loads fine but cannot draw a screen. */
static inline int cb_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Columns the C library gives a character in this locale; -1 when the locale cannot show it
   (anything beyond ASCII in the C locale), which curses would draw as blanks. */
static inline int cb_wcwidth(wchar_t wc) { return wcwidth(wc); }

#endif
