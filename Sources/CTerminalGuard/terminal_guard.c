#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static int has_termios;
static struct sigaction previous[65];
/* Faults, and the signals whose default is to end the process that the event loop does not
   answer itself (it ends cleanly on INT, TERM, HUP and QUIT; it ignores PIPE and XFSZ). */
static const int guarded[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS,
                               SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU };

/* Only async-signal-safe calls here: tcsetattr, write, sigaction, raise. */
static void restore_terminal(void) {
    static const char reset[] = "\033[0m\033[?25h\033[?1000l\033[?1002l\033[?1006l\033[?1l\033>\033[?1049l\r\n";
    if (has_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
    ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)written;
}

static void on_fault(int sig) {
    restore_terminal();
    if (sig > 0 && sig < 65) sigaction(sig, &previous[sig], NULL);
    raise(sig);
    /* The earlier handler returned (a backtracer expects a real fault to happen again when
       it does; a signal sent with kill would not): end the process as the signal would. */
    signal(sig, SIG_DFL);
    raise(sig);
    _exit(128 + sig);
}

void cb_guard_install(void) {
    has_termios = tcgetattr(STDIN_FILENO, &saved_termios) == 0;
    for (unsigned i = 0; i < sizeof guarded / sizeof guarded[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_fault;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_NODEFER;
        sigaction(guarded[i], &action, &previous[guarded[i]]);
    }
}

void cb_guard_remove(void) {
    for (unsigned i = 0; i < sizeof guarded / sizeof guarded[0]; i++) {
        sigaction(guarded[i], &previous[guarded[i]], NULL);
    }
}
