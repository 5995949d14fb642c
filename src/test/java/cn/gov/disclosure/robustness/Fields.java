package cn.gov.disclosure.robustness;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.robustness.Inputs.Input;
import cn.gov.disclosure.support.SampleFiles;

/**
 * The one list of the service's input fields, by name, with the range each lies in; the edges of
 * each field are drawn from its range and from the constraint annotations its request record
 * declares (a length, a pattern, whether it is required). A field a request takes that is not
 * listed here fails the corpus, so none can be forgotten.
 */
final class Fields {

    /** Hostile text that must never fail the service, wherever it is typed. */
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "'; drop table disclosure_case; --",
            "申请人\u202e\ud83d\ude00", "\u0000");

    /**
     * A value to send in one field: as JSON ({@code json}, raw) in a body, as text in a form, a
     * query or a path; null where it has no such form. {@code outside} values lie beyond the
     * field's range and must be refused; the others may be taken or refused, never with a 500.
     */
    record Edge(String label, String json, String text, boolean outside) {

        static Edge both(String text, boolean outside) {
            return new Edge(text, quoted(text), text, outside);
        }

        static Edge number(String digits, boolean outside) {
            return new Edge(digits, digits, digits, outside);
        }

        static Edge json(String json, boolean outside) {
            return new Edge(json, json, null, outside);
        }

        static Edge text(String text, boolean outside) {
            return new Edge(text, null, text, outside);
        }
    }

    /**
     * The range of a field: its edges, how a value typed as text travels in JSON, and for a file
     * the bytes sent under a name.
     */
    interface Range {

        List<Edge> edges(Input input);

        default String json(String text) {
            return quoted(text);
        }

        default byte[] content(String fileName) {
            throw new IllegalStateException("Not a file's range");
        }
    }

    /** The business bounds the ranges use, as the running service is configured. */
    record Bounds(LocalDate today, LocalDate earliest, LocalDate latest, int maxPages, int maxKey, int calendarYear,
            int maxFileSize) {
    }

    private final Map<String, Range> ranges;

    Fields(Bounds bounds) {
        Range happened = dates(bounds, bounds.today());
        Range window = dates(bounds, bounds.latest());
        Range text = Fields::text;
        Range count = whole(0, Integer.MAX_VALUE);
        ranges = Map.ofEntries(
                Map.entry("on", happened), Map.entry("receivedOn", happened), Map.entry("filedOn", happened),
                Map.entry("dueOn", window), Map.entry("receivedFrom", window), Map.entry("receivedTo", window),
                Map.entry("holidays", days(bounds)), Map.entry("workdays", days(bounds)),
                Map.entry("applicant", record()),
                Map.entry("applicant.type", choice(ApplicantType.class)), Map.entry("channel", choice(Channel.class)),
                Map.entry("deliveryForm", choice(DeliveryForm.class)), Map.entry("method", choice(FeeMethod.class)),
                Map.entry("outcome", choice(Outcome.class)), Map.entry("kind", choice(Review.Kind.class)),
                Map.entry("file", file(bounds.maxFileSize())),
                Map.entry("result", choice(Review.Result.class)), Map.entry("status", choice(CaseStatus.class)),
                Map.entry("applicant.name", text), Map.entry("applicant.idNumber", text),
                Map.entry("applicant.phone", text), Map.entry("applicant.email", text),
                Map.entry("applicant.address", text), Map.entry("description", text), Map.entry("party", text),
                Map.entry("reason", text), Map.entry("basis", text), Map.entry("note", text),
                Map.entry("department", text), Map.entry("agency", text), Map.entry("code", text),
                Map.entry("name", text), Map.entry("parentCode", text), Map.entry("username", text),
                Map.entry("password", text), Map.entry("row", text), Map.entry("column", text),
                Map.entry("items", lines()), Map.entry("roles", codes()),
                Map.entry("pages", whole(0, bounds.maxPages())),
                Map.entry("page", whole(0, PageRequest.MAX_OFFSET / PageRequest.DEFAULT_SIZE)),
                Map.entry("after", text),
                Map.entry("size", whole(1, PageRequest.MAX_SIZE)),
                Map.entry("year", whole(1900, 9999)),
                Map.entry("consents", lenientBoolean()), Map.entry("afterReconsideration", lenientBoolean()),
                Map.entry("overdue", strictBoolean()), Map.entry("includeSubordinates", strictBoolean()),
                Map.entry("published", strictBoolean()), Map.entry("dryRun", strictBoolean()), Map.entry("mode", text),
                Map.entry("rows", record()), Map.entry("reviews", record()),
                Map.entry("Idempotency-Key", token(bounds.maxKey())), Map.entry("submission", token(bounds.maxKey())),
                Map.entry("id", identifier()), Map.entry("review", identifier()),
                Map.entry("reasons", text), Map.entry("location", text),
                Map.entry("reference", text), Map.entry("queryCode", text), Map.entry("number", text),
                Map.entry("form-token", token(bounds.maxKey())), Map.entry("website", text),
                Map.entry("acceptsOnline", lenientBoolean()),
                Map.entry("referral", record()), Map.entry("referral.agency", text),
                Map.entry("referral.contact", text), Map.entry("earlierReply", record()),
                Map.entry("earlierReply.number", text), Map.entry("earlierReply.on", happened),
                Map.entry("fullName", text), Map.entry("documentPrefix", text), Map.entry("address", text),
                Map.entry("postcode", text), Map.entry("phone", text), Map.entry("reconsiderationBody", text),
                Map.entry("court", text), Map.entry("action", text), Map.entry("saved", text),
                Map.entry("attachment", identifier()),
Map.entry("document", identifier()), Map.entry("trackingNumber", text), Map.entry("signer", text),
                Map.entry("overview", text), Map.entry("problems", text), Map.entry("other", text),
                Map.entry("proactive", partialRecord()), Map.entry("proactive.regulations", partialRecord()),
                Map.entry("proactive.normativeDocuments", partialRecord()),
                Map.entry("proactive.regulations.issued", count), Map.entry("proactive.regulations.repealed", count),
                Map.entry("proactive.regulations.inForce", count),
                Map.entry("proactive.normativeDocuments.issued", count),
                Map.entry("proactive.normativeDocuments.repealed", count),
                Map.entry("proactive.normativeDocuments.inForce", count), Map.entry("proactive.licensing", count),
                Map.entry("proactive.penalties", count), Map.entry("proactive.enforcement", count),
                Map.entry("proactive.feesTenThousandYuan", tenThousandYuan()));

    }

    /** The names of the inputs this list does not know. */
    List<String> unknown(List<Input> inputs) {
        return inputs.stream().map(Input::name).filter(name -> !ranges.containsKey(name)).distinct().sorted().toList();
    }

    List<Edge> edges(Input input) {
        return range(input).edges(input);
    }

    /** A field's value given as text (as a form sends it), written as JSON. */
    String json(Input input, String text) {
        return range(input).json(text);
    }

    /** The bytes a file field sends under {@code fileName}. */
    byte[] content(Input input, String fileName) {
        return range(input).content(fileName);
    }

    private Range range(Input input) {
        Range range = ranges.get(input.name());
        if (range == null) {
            throw new IllegalArgumentException("No range is declared for " + input.name());
        }
        return range;
    }

    /**
     * Text: empty and blank, at its length and one past it in Chinese (a pattern's longest in its
     * own characters), hostile text, and JSON of other types.
     */
    private static List<Edge> text(Input input) {
        List<Edge> edges = new ArrayList<>();
        edges.add(Edge.both("", input.notBlank()));
        edges.add(Edge.both(" ", input.notBlank()));
        if (input.pattern().isPresent()) {
            String pattern = input.pattern().get();
            Matcher longest = java.util.regex.Pattern.compile("\\{\\d+,(\\d+)}$").matcher(pattern);
            if (longest.find()) {
                int max = Integer.parseInt(longest.group(1));
                edges.add(Edge.both("A".repeat(max), false));
                edges.add(Edge.both("A".repeat(max + 1), true));
            }
            edges.add(Edge.both("不符合格式 !", true));
        } else if (input.size().isPresent()) {
            int min = input.size().get().min();
            int max = input.size().get().max();
            if (min > 1) {
                edges.add(Edge.both("字".repeat(min - 1), true));
            }
            edges.add(Edge.both("字".repeat(max), false));
            edges.add(Edge.both("字".repeat(max + 1), true));
        } else {
            // Unbounded text travels in addresses (a query, a path), whose line the HTTP server takes up to
            // 4,096 bytes (beyond, it answers 414 itself): a hundred Chinese characters are 900 bytes encoded.
            edges.add(Edge.both("字".repeat(100), false));
        }
        HOSTILE.forEach(hostile -> edges.add(Edge.both(hostile, input.pattern().isPresent())));
        edges.add(Edge.json("null", input.required()));
        edges.add(Edge.json("[]", true));
        edges.add(Edge.json("{}", true));
        edges.add(Edge.json("1e400", false));
        return edges;
    }

    /**
     * A business date up to {@code latest}: the malformed, the years 0, 1, 9999, +10000, -4800
     * and ±999999999, the day before the earliest, the earliest, today, and around the latest.
     */
    private static Range dates(Bounds bounds, LocalDate latest) {
        return input -> {
            List<Edge> edges = new ArrayList<>();
            edges.add(Edge.both("", input.required()));
            for (String malformed : List.of("2024-02-30", "2025-1-1", "20250101", "昨天")) {
                edges.add(Edge.both(malformed, true));
            }
            // JSON reads a date and time as its date; a form's date field takes a date alone.
            edges.add(Edge.text(bounds.today() + "T00:00", true));
            edges.add(Edge.json(quoted(bounds.today() + "T00:00"), false));
            for (String far : List.of("0000-01-01", "0001-01-01", "9999-12-31", "+10000-01-01", "-4800-01-01",
                    "+999999999-12-31", "-999999999-01-01", bounds.earliest().minusDays(1).toString(),
                    latest.plusDays(1).toString())) {
                edges.add(Edge.both(far, true));
            }
            for (LocalDate inside : new LinkedHashSet<>(List.of(bounds.earliest(), bounds.today(), latest))) {
                edges.add(Edge.both(inside.toString(), false));
            }
            edges.add(Edge.json("null", input.required()));
            edges.add(Edge.json("20250101", true));
            edges.add(Edge.json("-99999999999999", true));
            edges.add(Edge.json("1e400", true));
            edges.add(Edge.json("true", true));
            edges.add(Edge.json("{}", true));
            return edges;
        };
    }

    /** A calendar's days: the service's date edges as lists, none of them in the calendar's year. */
    private static Range days(Bounds bounds) {
        return new Range() {
            @Override
            public List<Edge> edges(Input input) {
                List<Edge> edges = new ArrayList<>();
                edges.add(Edge.json("[]", false));
                edges.add(Edge.json("[\"" + bounds.calendarYear() + "-10-01\"]", false));
                for (String day : List.of("0000-01-01", "+999999999-12-31", "-4800-01-01", "2024-02-30",
                        bounds.today().toString())) {
                    edges.add(Edge.json("[" + quoted(day) + "]", true));
                }
                edges.add(Edge.json("[null]", true));
                edges.add(Edge.json(quoted(bounds.calendarYear() + "-10-01"), true));
                return edges;
            }

            @Override
            public String json(String text) {
                return list(text);
            }
        };
    }

    /** A nested record as a whole: missing, or not an object. */
    private static Range record() {
        return input -> List.of(Edge.json("null", input.required()), Edge.json("{}", true), Edge.json("[]", true),
                Edge.json("\"张三\"", true), Edge.json("5", true));
    }

    /** A record whose fields may all be left out: an empty one is taken. */
    private static Range partialRecord() {
        return input -> List.of(Edge.json("null", input.required()), Edge.json("{}", false), Edge.json("[]", true),
                Edge.json("\"张三\"", true), Edge.json("5", true));
    }

    /**
     * An amount in 万元 to the fen ({@code numeric(14, 2)}): whole and with fen, as a number and as
     * text; below 0, a third decimal, a thirteenth digit before the point, and what is no amount.
     */
    private static Range tenThousandYuan() {
        return input -> List.of(Edge.number("0", false), Edge.number("12943.88", false), Edge.both("12943.88", false),
                Edge.number("999999999999.99", false), Edge.number("1000000000000", true),
                Edge.number("-0.01", true), Edge.number("1.234", true), Edge.both("abc", true),
                Edge.json("1e400", true), Edge.json("null", input.required()), Edge.json("[]", true),
                Edge.json("true", true));
    }

    /**
     * One of an enum's codes; its neighbours in spelling are not. The enum is the field's own type
     * where it has one (a request record's field, a parameter described by its codes), else
     * {@code fallback}, the enum fields of this name take.
     */
    private static Range choice(Class<? extends Enum<?>> fallback) {
        return input -> {
            Class<?> type = input.type().isEnum() ? input.type() : fallback;
            String code = ((Enum<?>) type.getEnumConstants()[0]).name();
            return choices(input, code);
        };
    }

    private static List<Edge> choices(Input input, String code) {
        return List.of(Edge.both("", input.required()), Edge.both("NOPE", true),
                Edge.both(code.toLowerCase(Locale.ROOT), true), Edge.both(code + "X", true),
                Edge.both(" " + code + " ", false),
                Edge.json("null", input.required()), Edge.json("999", true), Edge.json("true", true),
                Edge.json("[]", true));
    }

    /**
     * A whole number from {@code min} to {@code max}: both bounds and one past each, the int's
     * extremes and past them, and what is no whole number at all.
     */
    private static Range whole(long min, long max) {
        return new Range() {
            @Override
            public List<Edge> edges(Input input) {
                List<Edge> edges = new ArrayList<>();
                for (long n : List.of(min - 1, min, max, max + 1, (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE,
                        Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, 107374183L, 1073741824L)) {
                    edges.add(Edge.number(Long.toString(n), n < min || n > max));
                }
                edges.add(Edge.number("99999999999999999999", true));
                edges.add(Edge.both("", input.required()));
                edges.add(Edge.both("abc", true));
                edges.add(Edge.text("1.5", true));
                edges.add(Edge.text("0x10", true));
                edges.add(Edge.json("1.5", false));
                edges.add(Edge.json("1e400", true));
                edges.add(Edge.json("-1e400", true));
                edges.add(Edge.json("null", input.required()));
                edges.add(Edge.json("[]", true));
                return edges;
            }

            @Override
            public String json(String text) {
                return text.matches("-?\\d+") ? text : quoted(text);
            }
        };
    }

    /** A yes or no the request reads leniently (a form's checkbox, an optional answer). */
    private static Range lenientBoolean() {
        return new Range() {
            @Override
            public List<Edge> edges(Input input) {
                return List.of(Edge.number("true", false), Edge.number("false", false), Edge.both("", false),
                        Edge.both("maybe", false), Edge.json("[]", true), Edge.json("{}", true));
            }

            @Override
            public String json(String text) {
                return text;
            }
        };
    }

    /** A yes or no the request reads strictly: {@code true} or {@code false}. */
    private static Range strictBoolean() {
        return input -> List.of(Edge.text("true", false), Edge.text("false", false), Edge.text("", false),
                Edge.text("maybe", true), Edge.text("TRUE", true), Edge.text("1", true));
    }

    /**
     * Correction items: as JSON a list, in the form one a line. None, a blank one, one at its
     * length and one past it, as many as allowed and one more.
     */
    private static Range lines() {
        return new Range() {
            @Override
            public List<Edge> edges(Input input) {
                int length = input.elementSize().orElseThrow().max();
                int count = input.size().orElseThrow().max();
                String longest = "字".repeat(length);
                List<Edge> edges = new ArrayList<>();
                edges.add(Edge.both("", true));
                edges.add(new Edge("blank lines", "[\" \"]", " \n \r\n", true));
                edges.add(edge(Collections.nCopies(1, longest), false));
                edges.add(edge(Collections.nCopies(1, longest + "字"), true));
                edges.add(edge(Collections.nCopies(count, longest), false));
                edges.add(edge(Collections.nCopies(count + 1, "补正事项"), true));
                edges.add(Edge.json("[null]", true));
                edges.add(Edge.json("[5]", false));
                edges.add(Edge.json("{}", true));
                return edges;
            }

            private Edge edge(List<String> items, boolean outside) {
                return new Edge(items.size() + " of " + items.get(0).length(),
                        items.stream().map(Fields::quoted).collect(Collectors.joining(",", "[", "]")),
                        String.join("\n", items), outside);
            }

            @Override
            public String json(String text) {
                return Arrays.stream(text.split("\n")).map(Fields::quoted).collect(Collectors.joining(",", "[", "]"));
            }
        };
    }

    /** A set of codes (roles): none, an unknown one, a missing one. */
    private static Range codes() {
        return new Range() {
            @Override
            public List<Edge> edges(Input input) {
                return List.of(Edge.json("[]", true), Edge.json("[\"king\"]", true), Edge.json("[null]", true),
                        Edge.json("[\"clerk\",\"clerk\"]", false), Edge.json("\"clerk\"", true),
                        Edge.json("[\"" + "clerk".repeat(1000) + "\"]", true));
            }

            @Override
            public String json(String text) {
                return list(text);
            }
        };
    }

    /**
     * A file, sent under a name that picks its bytes: a small PDF (under any name not listed
     * here, hostile ones included), PDFs at the size limit and one byte past it, an empty file,
     * and files whose content is of no type taken although their names say otherwise.
     */
    private static Range file(int maxSize) {
        Map<String, byte[]> contents = Map.of("上限.pdf", SampleFiles.pdf(maxSize), "超限.pdf",
                SampleFiles.pdf(maxSize + 1), "空白.pdf", new byte[0], "setup.pdf", SampleFiles.exe(), "扫描件.png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        byte[] pdf = SampleFiles.pdf(0);
        return new Range() {
            @Override
            public List<Edge> edges(Input input) {
                List<Edge> edges = new ArrayList<>();
                edges.add(new Edge("a PDF at the limit (" + maxSize + " bytes)", null, "上限.pdf", false));
                edges.add(new Edge("a PDF one byte past the limit", null, "超限.pdf", true));
                edges.add(new Edge("an empty file", null, "空白.pdf", true));
                edges.add(new Edge("a program named as a PDF", null, "setup.pdf", true));
                edges.add(new Edge("a web page named as a PNG", null, "扫描件.png", true));
                edges.add(new Edge("a path", null, "C:\\fakepath\\..\\..\\申请表.pdf", false));
                edges.add(new Edge("no name", null, "", false));
                edges.add(new Edge("a long name", null, "字".repeat(300) + ".pdf", false));
                HOSTILE.forEach(hostile -> edges.add(new Edge("named " + hostile, null, hostile + ".pdf", false)));
                return edges;
            }

            @Override
            public byte[] content(String fileName) {
                return contents.getOrDefault(fileName, pdf);
            }
        };
    }

    /** A key the client makes up: empty, at its length and one past it, in characters a header carries. */
    private static Range token(int max) {
        return input -> List.of(Edge.both("", false), Edge.both("k".repeat(max), false),
                Edge.both("k".repeat(max + 1), true), Edge.both("k".repeat(4000), true));
    }

    /** A case's or a review's identifier in the address: malformed, unknown, beyond a long. */
    private static Range identifier() {
        return input -> Stream.of("not-a-case", "00000000-0000-0000-0000-000000000000", UUID.randomUUID().toString(),
                "0", "-1", "9223372036854775807", "99999999999999999999", "x".repeat(300))
                .map(id -> Edge.text(id, true)).toList();
    }

    /** Items separated by commas as a JSON list of strings. */
    private static String list(String text) {
        return text.isEmpty() ? "[]"
                : Arrays.stream(text.split(",")).map(Fields::quoted).collect(Collectors.joining(",", "[", "]"));
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** The names the list knows, for the corpus's count. */
    int size() {
        return ranges.size();
    }
}
