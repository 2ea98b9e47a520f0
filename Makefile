# dyad - build, test, fuzz, bench.
#
#   make                      build build/dyad
#   make check                every test, plain and under ASan+UBSan
#   make SANITIZE=address,undefined   a sanitized build in build-san/
#   make fuzz                 run each libFuzzer target for FUZZ_SECONDS
#   make bench                the benchmark in bench/
#   make demo                 store the sample articles, print a report
#   make web                  build the dashboard into web/dist (npm, esbuild)

CC       ?= cc
PKGS     := jansson libutf8proc libxml-2.0 libexttextcat zlib sqlite3 nettle libmicrohttpd
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

ifdef SANITIZE
BUILD    ?= build-san
SANFLAGS := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT      ?= -O1 -g
else
BUILD    ?= build
SANFLAGS :=
OPT      ?= -O2 -g
endif

WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wno-unused-parameter -Werror
DATADIR  := $(CURDIR)/data
CFLAGS   += -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(SANFLAGS) $(PKG_CFLAGS) \
            -DDYAD_DATADIR='"$(DATADIR)"' -DDYAD_WEBDIR='"$(CURDIR)/web/dist"' -Isrc
LDLIBS   += $(PKG_LIBS) -lm -pthread
LDFLAGS  += $(SANFLAGS)

LIB_SRC  := $(sort $(wildcard src/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TESTS    := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# The list of states comes from Debian's iso-codes at build time.
ISO3166  := /usr/share/iso-codes/json/iso_3166-1.json
GEN_DICT := data/dict/generated/iso3166.dict

.PHONY: all check test unit e2e demo fuzz bench clean web
all: $(BUILD)/dyad $(GEN_DICT)

$(GEN_DICT): tools/gen_iso3166.c $(ISO3166)
	@mkdir -p $(dir $@) build/tools
	$(CC) -std=c11 -O1 $(WARN) $(PKG_CFLAGS) -o build/tools/gen_iso3166 tools/gen_iso3166.c $(PKG_LIBS)
	build/tools/gen_iso3166 $(ISO3166) > $@.tmp && mv $@.tmp $@

$(BUILD)/%.o: %.c $(wildcard src/*.h src/cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS)

# The tests' shared helpers and harnesses (the coder's, the readers'),
# linked into every test binary (each used by some).
UNIT_HDR := $(wildcard tests/unit/*.h)
UNIT_OBJ := $(BUILD)/tests/unit.o $(BUILD)/tests/coder_check.o $(BUILD)/tests/reader_check.o
$(BUILD)/tests/%.o: tests/unit/%.c $(UNIT_HDR) $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Itests/unit -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libdyad.a $(UNIT_OBJ) $(UNIT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(UNIT_OBJ) $(BUILD)/libdyad.a $(LDLIBS) -lcmocka

unit: $(TESTS) $(GEN_DICT)

# The whole suite, plain then sanitized; ends with "N passed, N failed".
check test:
	@sh tests/run.sh

# The dashboard dyad serve serves: bundled by esbuild from web/src into
# web/dist (the packages come from scripts/setup.sh's npm ci).
WEB_SRC  := $(shell find web/src -type f 2>/dev/null) web/build.mjs web/package-lock.json
web: web/dist/index.html
web/dist/index.html: $(WEB_SRC)
	@[ -d web/node_modules ] || (cd web && npm ci --no-audit --no-fund --loglevel=error)
	cd web && npm run --silent build

# A fresh store each time: ingest the sample articles, then the report.
demo: $(BUILD)/dyad $(GEN_DICT)
	@rm -f $(BUILD)/demo.db $(BUILD)/demo.db-wal $(BUILD)/demo.db-shm
	./$(BUILD)/dyad ingest --db $(BUILD)/demo.db samples/
	./$(BUILD)/dyad report --db $(BUILD)/demo.db

FUZZ_SECONDS ?= 30
FUZZ_TARGETS := $(patsubst fuzz/fuzz_%.c,%,$(wildcard fuzz/fuzz_*.c))
fuzz:
	@sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

bench: $(BUILD)/dyad
	@sh bench/run.sh

clean:
	rm -rf build build-san build-fuzz data/dict/generated web/dist
