import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairpact.analysis.dataset.TosSentence;
import org.fairpact.analysis.dataset.UnfairTosJsonl;

/** Writes each sentence's frozen bge-small embedding: count, dimension, then floats, big-endian. */
public final class Embed {
  public static void main(String[] args) throws Exception {
    BgeSmallEnV15EmbeddingModel model = new BgeSmallEnV15EmbeddingModel();
    List<String> texts =
        UnfairTosJsonl.read(Path.of(args[0])).stream().map(TosSentence::text).toList();
    long start = System.nanoTime();
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[1]))))) {
      out.writeInt(texts.size());
      out.writeInt(model.dimension());
      for (int i = 0; i < texts.size(); i += 32) {
        List<TextSegment> batch =
            texts.subList(i, Math.min(texts.size(), i + 32)).stream()
                .map(TextSegment::from)
                .toList();
        for (Embedding e : model.embedAll(batch).content()) {
          for (float f : e.vector()) {
            out.writeFloat(f);
          }
        }
      }
    }
    System.out.printf(
        "%d sentences embedded in %.1f s%n", texts.size(), (System.nanoTime() - start) / 1e9);
  }
}
