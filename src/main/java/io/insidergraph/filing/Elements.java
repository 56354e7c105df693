package io.insidergraph.filing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jdom2.Content;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads values out of ownership XML elements in the shapes the schema versions use. A field is either plain text
 * ({@code <equitySwapInvolved>0</equitySwapInvolved>}) or a value with footnotes
 * ({@code <transactionShares><value>8961</value><footnoteId id="F1"/></transactionShares>}), where the value may be
 * empty or missing and only footnotes given. {@link #fact} reads both shapes, so a field that one version wraps in
 * {@code <value>} and another does not needs no version check. Children are looked up in the parent's namespace,
 * which covers documents that declare a default namespace.
 */
final class Elements {

    private static final String VALUE = "value";
    private static final String FOOTNOTE_ID = "footnoteId";
    private static final Set<String> REPEATED = Set.of("reportingOwner", "nonDerivativeTransaction",
            "nonDerivativeHolding", "derivativeTransaction", "derivativeHolding", "ownerSignature", "footnote", "footnoteId");

    private Elements() {
    }

    /*
     * child() and children() walk the content list directly: JDOM's getChild/getChildren build a filtered live view
     * per call, which costs more than the lookup itself when a row has two dozen fields.
     */
    static @Nullable Element child(@Nullable Element parent, String name) {
        if (parent == null) {
            return null;
        }
        String uri = parent.getNamespaceURI();
        List<Content> content = parent.getContent();
        for (int i = 0, n = content.size(); i < n; i++) {
            if (content.get(i) instanceof Element e && e.getName().equals(name) && e.getNamespaceURI().equals(uri)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(@Nullable Element parent, String name) {
        if (parent == null) {
            return List.of();
        }
        String uri = parent.getNamespaceURI();
        List<Content> content = parent.getContent();
        List<Element> result = null;
        for (int i = 0, n = content.size(); i < n; i++) {
            if (content.get(i) instanceof Element e && e.getName().equals(name) && e.getNamespaceURI().equals(uri)) {
                if (result == null) {
                    result = new ArrayList<>();
                }
                result.add(e);
            }
        }
        return result == null ? List.of() : result;
    }

    /** The trimmed text of a child, or null when it is missing or blank. */
    static @Nullable String text(@Nullable Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : Values.text(child.getText());
    }

    private static <T> @Nullable T convert(Element holder, @Nullable String raw,
            Function<String, @Nullable T> convert) {
        if (raw == null) {
            return null;
        }
        try {
            return convert.apply(raw);
        } catch (InvalidValueException e) {
            throw e.at(path(holder));
        }
    }

    /**
     * Where an element is, as the schema names it, below the root:
     * {@code nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionShares/value}. Elements the
     * schema lets repeat carry their 1-based position among the siblings of their name (as an XPath would). Only
     * called for errors, so it may walk the siblings.
     */
    static String path(Element element) {
        var steps = new ArrayDeque<String>();
        for (Element e = element; e.getParentElement() != null; e = e.getParentElement()) {
            steps.addFirst(step(e));
        }
        return steps.isEmpty() ? element.getName() : String.join("/", steps);
    }

    private static String step(Element e) {
        String name = e.getName();
        if (!REPEATED.contains(name)) {
            return name;
        }
        int position = 1;
        for (Content c : e.getParentElement().getContent()) {
            if (c == e) {
                break;
            }
            if (c instanceof Element sibling && sibling.getName().equals(name)) {
                position++;
            }
        }
        return name + "[" + position + "]";
    }

    static <T> Fact<T> fact(@Nullable Element parent, String name, Function<String, @Nullable T> convert) {
        return fact(child(parent, name), convert);
    }

    /**
     * The value (from {@code <value>}, else the element's own text) and the ids of its footnotes, in one pass over
     * the field's children.
     */
    static <T> Fact<T> fact(@Nullable Element field, Function<String, @Nullable T> convert) {
        if (field == null) {
            return Fact.absent();
        }
        Element value = null;
        String firstId = null;
        List<String> moreIds = null;
        List<Content> content = field.getContent();
        for (int i = 0, n = content.size(); i < n; i++) {
            if (content.get(i) instanceof Element e) {
                if (e.getName().equals(VALUE)) {
                    value = e;
                } else if (e.getName().equals(FOOTNOTE_ID)) {
                    String id = Values.text(e.getAttributeValue("id"));
                    if (id == null) {
                        continue;
                    }
                    if (firstId == null) {
                        firstId = id;
                    } else {
                        if (moreIds == null) {
                            moreIds = new ArrayList<>(4);
                            moreIds.add(firstId);
                        }
                        moreIds.add(id);
                    }
                }
            }
        }
        Element holder = value != null ? value : field;
        T converted = convert(holder, Values.text(holder.getText()), convert);
        if (firstId == null) {
            return Fact.of(converted);
        }
        // most fields have one footnote: an immutable List.of, which Fact then keeps without copying
        return new Fact<>(converted, moreIds == null ? List.of(firstId) : moreIds);
    }

    /** The ids of the {@code footnoteId} children of an element, in document order. */
    static List<String> footnoteIds(@Nullable Element element) {
        List<Element> refs = children(element, FOOTNOTE_ID);
        if (refs.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<String>(refs.size());
        for (Element ref : refs) {
            String id = Values.text(ref.getAttributeValue("id"));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    static Fact<String> textFact(@Nullable Element parent, String name) {
        return fact(parent, name, s -> s);
    }
}
