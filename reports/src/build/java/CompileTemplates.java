import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step, not shipped: compiles every .jrxml of a directory to a .jasper in the output directory,
 * so that filling a report at run time needs no Java compiler. Run by exec-maven-plugin in the
 * process-classes phase as a single-file program ({@code java -cp … CompileTemplates.java in out}).
 */
public class CompileTemplates {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml templates in " + source);
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = target.resolve(name);
            if (Files.exists(compiled)
                    && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            System.out.println("[reports] compiled " + template.getFileName() + " -> " + compiled);
        }
    }
}
