import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fairpact.analysis.dataset.TosSentence;
import org.fairpact.analysis.dataset.UnfairTosJsonl;

/** Writes each sentence's word-piece ids (at most 128, [CLS] ... [SEP]) as one line. */
public final class Tokenize {
  public static void main(String[] args) throws Exception {
    try (HuggingFaceTokenizer tokenizer =
            HuggingFaceTokenizer.newInstance(
                Path.of(args[0]),
                Map.of("maxLength", "128", "truncation", "true", "padding", "false"));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      for (TosSentence sentence : UnfairTosJsonl.read(Path.of(args[1]))) {
        long[] ids = tokenizer.encode(sentence.text()).getIds();
        StringBuilder row = new StringBuilder();
        for (long id : ids) {
          row.append(row.isEmpty() ? "" : " ").append(id);
        }
        out.println(row);
      }
    }
  }
}
