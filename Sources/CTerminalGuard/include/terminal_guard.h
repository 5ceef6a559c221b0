#ifndef CALLBOARD_TERMINAL_GUARD_H
#define CALLBOARD_TERMINAL_GUARD_H

/* The crash guard: when the process is about to die of a fault (a crash in a dependency,
   an overflow trap, SIGSEGV sent from outside) while the dashboard owns the terminal, it
   gives the terminal back first — the line settings saved before curses changed them,
   attributes reset, cursor shown, mouse reports off, the alternate screen left — and then
   lets the handler that was there before run (Swift's backtrace, then the default action). */

/* Saves the line settings and installs the handlers; call before curses changes the terminal. */
void cb_guard_install(void);

/* Puts the earlier handlers back; call once the terminal was given back the ordinary way. */
void cb_guard_remove(void);

#endif
