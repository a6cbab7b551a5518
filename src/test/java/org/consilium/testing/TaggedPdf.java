package org.consilium.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back the way a screen reader reads a tagged PDF: its declared language and title, and its
 * structure elements in the order of the structure tree, each with the text of the marked content it
 * owns. It also lists what would break that reading: content outside any marked content, pages without
 * a key into the parent tree, and a parent tree that does not lead back to the element owning the
 * content.
 */
public final class TaggedPdf {

    /** An element that owns content: its standard type and its text, its pieces joined by single spaces. */
    public record Block(String type, String text, List<String> pieces) {
    }

    /** Painting operators: none may stand outside a marked-content sequence. */
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh");

    public final String language;
    public final String title;
    public final boolean displaysTitle;
    public final boolean marked;
    public final int pages;
    /** The tree's element types, nested in brackets: {@code Document[H1, P, L[LI[LBody]]]}. */
    public final String outline;
    public final List<Block> blocks = new ArrayList<>();
    /** The text as PDFBox's text extractor gives it, page by page. */
    public final String text;
    public final List<String> problems = new ArrayList<>();

    private final Map<Integer, Map<Integer, String>> contentByPage = new HashMap<>();
    private final Map<String, COSBase> ownerByContent = new HashMap<>();
    private final Map<COSBase, Integer> pageIndex = new HashMap<>();

    private TaggedPdf(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        language = catalog.getLanguage();
        title = doc.getDocumentInformation().getTitle();
        displaysTitle = catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle();
        marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
        text = new PDFTextStripper().getText(doc);
        pages = doc.getNumberOfPages();
        int index = 0;
        for (PDPage page : doc.getPages()) {
            pageIndex.put(page.getCOSObject(), index);
            contentByPage.put(index, markedContent(page, index));
            untagged(page, index);
            index++;
        }
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        StringBuilder tree = new StringBuilder();
        if (root == null) {
            problems.add("no structure tree");
        } else {
            if (root.getKids().size() != 1) {
                problems.add("the structure tree has " + root.getKids().size() + " top elements, not one Document");
            }
            for (Object kid : root.getKids()) {
                if (kid instanceof PDStructureElement e) {
                    walk(e, null, tree);
                }
            }
            parentTree(doc, root);
        }
        outline = tree.toString();
    }

    public static TaggedPdf read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new TaggedPdf(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks of one type, in reading order. */
    public List<String> texts(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).map(Block::text).toList();
    }

    /** The blocks as "type: text", in reading order. */
    public List<String> reading() {
        return blocks.stream().map(b -> b.type() + ": " + b.text()).toList();
    }

    /**
     * What every PDF of the portal carries: the language, the title shown by viewers, the marked flag,
     * a tree under one Document element whose first heading is the document's heading, and content
     * that is all tagged and found again through the parent tree.
     */
    public TaggedPdf assertTagged(String expectedLanguage, String expectedTitle, String heading) {
        assertThat(language).as("document language").isEqualTo(expectedLanguage);
        assertThat(title).as("document title").isEqualTo(expectedTitle);
        assertThat(displaysTitle).as("viewers show the title, not the file name").isTrue();
        assertThat(marked).as("MarkInfo /Marked").isTrue();
        assertThat(outline).as("one Document element holds the tree").startsWith("Document[");
        assertThat(texts("H1")).as("the one first-level heading").containsExactly(heading);
        assertThat(blocks).as("the document's heading comes first but for a letterhead line").isNotEmpty();
        assertThat(blocks.stream().map(Block::type).toList().indexOf("H1")).isLessThanOrEqualTo(1);
        assertThat(texts("H2")).as("section headings").isNotEmpty();
        assertThat(texts("P")).as("paragraphs").isNotEmpty();
        assertThat(problems).as("content the tags do not reach").isEmpty();
        return this;
    }

    private void walk(PDStructureElement e, PDPage inherited, StringBuilder tree) {
        tree.append(e.getStructureType());
        PDPage page = e.getPage() != null ? e.getPage() : inherited;
        List<String> pieces = new ArrayList<>();
        List<String> children = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                StringBuilder sub = new StringBuilder();
                walk(child, page, sub);
                children.add(sub.toString());
            } else if (kid instanceof Integer mcid) {
                pieces.add(owned(e, page, mcid));
            } else if (kid instanceof PDMarkedContentReference ref) {
                pieces.add(owned(e, ref.getPage() != null ? ref.getPage() : page, ref.getMCID()));
            }
        }
        if (!children.isEmpty()) {
            tree.append(children.stream().collect(Collectors.joining(", ", "[", "]")));
        }
        if (!pieces.isEmpty()) {
            blocks.add(new Block(e.getStructureType(), String.join(" ", pieces).replaceAll("\\s+", " ").strip(), pieces));
        }
    }

    private String owned(PDStructureElement e, PDPage page, int mcid) {
        if (page == null) {
            problems.add(e.getStructureType() + " refers to MCID " + mcid + " on no page");
            return "";
        }
        int p = pageIndex.get(page.getCOSObject());
        ownerByContent.put(p + "/" + mcid, e.getCOSObject());
        String content = contentByPage.get(p).get(mcid);
        if (content == null) {
            problems.add(e.getStructureType() + " refers to MCID " + mcid + " missing on page " + (p + 1));
            return "";
        }
        return content;
    }

    /** The text of each marked-content sequence with an MCID on the page. */
    private static Map<Integer, String> markedContent(PDPage page, int index) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
            if (mc.getMCID() >= 0) {
                StringBuilder b = new StringBuilder();
                for (Object o : mc.getContents()) {
                    if (o instanceof TextPosition t) {
                        b.append(t.getUnicode());
                    }
                }
                texts.put(mc.getMCID(), b.toString());
            }
        }
        return texts;
    }

    /** Painting outside any BDC/BMC … EMC is content a screen reader would meet untagged. */
    private void untagged(PDPage page, int index) throws IOException {
        int depth = 0;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "BDC", "BMC" -> depth++;
                    case "EMC" -> depth--;
                    default -> {
                        if (depth == 0 && PAINTING.contains(op.getName())) {
                            problems.add("page " + (index + 1) + ": " + op.getName() + " outside marked content");
                        }
                    }
                }
            }
        }
    }

    /** Each page's key leads, for each of its MCIDs, to the element that owns that content. */
    private void parentTree(PDDocument doc, PDStructureTreeRoot root) throws IOException {
        if (root.getParentTree() == null) {
            problems.add("no parent tree");
            return;
        }
        Map<Integer, COSObjectable> numbers = root.getParentTree().getNumbers();
        for (PDPage page : doc.getPages()) {
            int p = pageIndex.get(page.getCOSObject());
            if (page.getStructParents() < 0) {
                problems.add("page " + (p + 1) + " has no StructParents");
                continue;
            }
            COSObjectable value = numbers.get(page.getStructParents());
            COSArray parents = value == null ? null : (COSArray) value.getCOSObject();
            for (int mcid : contentByPage.get(p).keySet()) {
                COSBase owner = ownerByContent.get(p + "/" + mcid);
                COSBase listed = parents == null || mcid >= parents.size() ? null : parents.getObject(mcid);
                if (owner == null || listed != owner) {
                    problems.add("page " + (p + 1) + ", MCID " + mcid + ": the parent tree does not lead to the element owning it");
                }
            }
        }
        if (root.getParentTreeNextKey() < doc.getNumberOfPages()) {
            problems.add("ParentTreeNextKey below the number of keys");
        }
    }
}
