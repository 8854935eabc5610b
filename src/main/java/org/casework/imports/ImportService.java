package org.casework.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.Coded;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.security.Caller;
import org.casework.security.Role;

/**
 * Takes an import's file and answers how it is going. The file is read as it arrives and its lines copied into
 * PostgreSQL in the request's transaction, so an import that was answered 202 is stored whole, whichever instance
 * later loads it ({@link ImportRunner}).
 */
@ApplicationScoped
@Transactional
public class ImportService {

    /** The roles an import acts with: casework roles only, whatever else the poster holds. */
    private static final List<Role> CASEWORK = List.of(Role.WORKER, Role.TEAM_LEAD, Role.INTEGRATION);

    private final ImportRepository imports;
    private final ImportLines lines;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ImportService(ImportRepository imports, ImportLines lines, Caller caller, ObjectMapper mapper,
            Clock clock) {
        this.imports = imports;
        this.lines = lines;
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
    }

    public ImportView receive(RecordType type, FileFormat format, InputStream body) {
        UUID workerId = posterId();
        UUID id = UUID.randomUUID();
        List<String> roles = CASEWORK.stream().filter(caller::has).map(Coded::code).toList();
        imports.insert(id, type, format,
                new ImportRepository.Poster(caller.username(), workerId, roles, caller.requestId()),
                TimeConfig.now(clock));
        int count;
        try (ImportRepository.LineCopy copy = imports.copyLines(id)) {
            if (format == FileFormat.CSV) {
                ImportFile.csv(body, lines.requestOf(type), lines.controlFields(type), mapper, copy::add);
            } else {
                ImportFile.ndjson(body, copy::add);
            }
            copy.finish();
            count = copy.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count == 0) {
            throw ProblemException.invalidBody("$", "holds no lines to import");
        }
        imports.setLines(id, count);
        return imports.find(id, workerId);
    }

    @Transactional(TxType.SUPPORTS)
    public ImportView get(UUID id) {
        ImportView view = imports.find(id, posterId());
        if (view == null) {
            throw ProblemException.notFound("Import " + id);
        }
        return view;
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<ImportView> list(PageRequest page) {
        return Slice.of(imports.page(posterId(), page), page, ImportView::sortKey);
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<LineProblem> problems(UUID id, PageRequest page) {
        get(id);
        return Slice.of(imports.problems(id, page), page, LineProblem::sortKey);
    }

    /** Imports are their poster's alone: only they see one, and it acts as them. */
    private UUID posterId() {
        return caller.workerId().orElseThrow(() -> ProblemException.forbidden("Your sign-in (" + caller.username()
                + ") is not an active worker in Casework; ask an admin to add you"));
    }
}
