# Build and install callboard.
#
#   make                                 release build
#   make install PREFIX=/usr/local       binary, themes, man page, shell completions
#   make install DESTDIR=/tmp/stage      staged, for packaging
#   make uninstall PREFIX=/usr/local
#
# SWIFT_BUILD_FLAGS is passed to every `swift build`, e.g. "--scratch-path .build-release".

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?=
INSTALL ?= install

BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share
THEMEDIR = $(DATADIR)/callboard/themes
MANDIR = $(DATADIR)/man/man1
BASHDIR = $(DATADIR)/bash-completion/completions
ZSHDIR = $(DATADIR)/zsh/site-functions
FISHDIR = $(DATADIR)/fish/vendor_completions.d

THEMES = $(notdir $(wildcard themes/*.toml))
SWIFT_RELEASE = $(SWIFT) build -c release $(SWIFT_BUILD_FLAGS)

.PHONY: all build install uninstall

all: build

build:
	$(SWIFT_RELEASE) --product callboard

# The completion scripts come from the binary just built, not the installed one, so that
# they also work for a DESTDIR install.
install: build
	@set -e; \
	bin="$$($(SWIFT_RELEASE) --show-bin-path)/callboard"; \
	echo "installing $$bin in $(DESTDIR)$(PREFIX)"; \
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(THEMEDIR)" "$(DESTDIR)$(MANDIR)" \
		"$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"; \
	$(INSTALL) -m 755 "$$bin" "$(DESTDIR)$(BINDIR)/callboard"; \
	for theme in $(THEMES); do $(INSTALL) -m 644 "themes/$$theme" "$(DESTDIR)$(THEMEDIR)/$$theme"; done; \
	$(INSTALL) -m 644 docs/man/callboard.1 "$(DESTDIR)$(MANDIR)/callboard.1"; \
	"$$bin" --generate-completion-script bash > "$(DESTDIR)$(BASHDIR)/callboard"; \
	"$$bin" --generate-completion-script zsh > "$(DESTDIR)$(ZSHDIR)/_callboard"; \
	"$$bin" --generate-completion-script fish > "$(DESTDIR)$(FISHDIR)/callboard.fish"; \
	chmod 644 "$(DESTDIR)$(BASHDIR)/callboard" "$(DESTDIR)$(ZSHDIR)/_callboard" "$(DESTDIR)$(FISHDIR)/callboard.fish"

# Removes only what install put there: themes of the user's own in the themes directory stay,
# and so does the directory then.
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/callboard" "$(DESTDIR)$(MANDIR)/callboard.1" \
		"$(DESTDIR)$(BASHDIR)/callboard" "$(DESTDIR)$(ZSHDIR)/_callboard" "$(DESTDIR)$(FISHDIR)/callboard.fish"
	for theme in $(THEMES); do rm -f "$(DESTDIR)$(THEMEDIR)/$$theme"; done
	rmdir "$(DESTDIR)$(THEMEDIR)" "$(DESTDIR)$(DATADIR)/callboard" 2>/dev/null || true
